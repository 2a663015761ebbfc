import { describe, expect, it } from 'vitest';
import { queryWithoutStroke, restoreD, strokeD } from '../../src/search/fold-d.ts';
import { hasCriteria, parseSearchState, serializeSearchState } from '../../src/search/query-state.ts';
import { MatchStrength, matchStrength, rerank } from '../../src/search/rank.ts';

describe('the đ stroke', () => {
  it('round-trips', () => {
    const text = 'Đảng bộ Lâm Đình Thắng, đồng chí';
    expect(strokeD(text)).not.toContain('đ');
    expect(strokeD(text).normalize('NFD').replace(/\p{M}/gu, '')).toBe('Dang bo Lam Dinh Thang, dong chi');
    expect(restoreD(strokeD(text))).toBe(text);
  });

  it('maps đ in a query to d, which Pagefind folds like the index', () => {
    expect(queryWithoutStroke('Lâm Đình Thắng đảng')).toBe('Lâm Dình Thắng dảng');
  });
});

describe('matchStrength and rerank', () => {
  it('tells an exact phrase from a folded phrase from scattered syllables', () => {
    expect(matchStrength('Ban Thường vụ', 'họp Ban Thường vụ Quận ủy')).toBe(MatchStrength.ExactPhrase);
    expect(matchStrength('ban thuong vu', 'họp Ban Thường vụ Quận ủy')).toBe(MatchStrength.Phrase);
    expect(matchStrength('ban thuong vu', 'bản báo cáo thường niên về nhiệm vụ')).toBe(MatchStrength.Scattered);
    expect(matchStrength('lam dinh thang', 'đồng chí Lâm Đình Thắng')).toBe(MatchStrength.Phrase);
  });

  it('puts phrase matches first and keeps the order otherwise', () => {
    const ranked = rerank('ban thuong vu', [
      { item: 'scattered', text: 'bản báo cáo thường niên về nhiệm vụ' },
      { item: 'other', text: 'không liên quan' },
      { item: 'phrase', text: 'Hội nghị Ban Thường vụ Thành ủy' },
    ]);
    expect(ranked).toEqual(['phrase', 'scattered', 'other']);
  });

  it('ranks the exact marks above a folded match', () => {
    expect(
      rerank('Thắng', [
        { item: 'thang', text: 'tháng 8' },
        { item: 'thắng', text: 'Lâm Đình Thắng' },
      ]),
    ).toEqual(['thắng', 'thang']);
  });
});

describe('search state in the URL', () => {
  it('round-trips a query, filters and a sort', () => {
    const state = parseSearchState(
      '?q=Qu%E1%BA%ADn+u%E1%BB%B7&don-vi=Qu%E1%BA%ADn+%E1%BB%A7y+Qu%E1%BA%ADn+4&nam=2021&sap-xep=moi-nhat',
    );
    expect(state).toEqual({
      query: 'Quận ủy',
      filters: { unit: 'Quận ủy Quận 4', year: '2021' },
      sort: 'newest',
    });
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('has no criteria for an empty URL, and some for a filter alone', () => {
    expect(hasCriteria(parseSearchState(''))).toBe(false);
    expect(hasCriteria(parseSearchState('?nam=2020'))).toBe(true);
  });
});
