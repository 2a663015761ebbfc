/** The search page's UI text (Vietnamese). */
import type { FacetKey, SortOrder } from './query-state.ts';

export const searchStrings = {
  all: 'Tất cả',
  refine: 'Lọc kết quả',
  sortLabel: 'Sắp xếp',
  sorts: { relevance: 'Liên quan nhất', newest: 'Mới nhất', oldest: 'Cũ nhất' } satisfies Record<SortOrder, string>,
  facets: {
    unit: 'Đơn vị',
    level: 'Cấp',
    term: 'Nhiệm kỳ',
    year: 'Năm',
    meetingType: 'Loại cuộc họp',
    organ: 'Cơ quan họp',
    chair: 'Người chủ trì',
  } satisfies Record<FacetKey, string>,
  prompt: 'Nhập từ khóa, có dấu hoặc không dấu (ví dụ: "bi thu quan uy"), hoặc chọn một bộ lọc.',
  unavailable: 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.',
  more: 'Xem thêm kết quả',
  noResults: (query: string) =>
    query
      ? `Không tìm thấy báo cáo nào cho “${query}”. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.`
      : 'Không có báo cáo nào khớp với các bộ lọc đã chọn.',
  resultCount: (count: number, query: string) =>
    query ? `${count} kết quả cho “${query}”` : `${count} báo cáo khớp với bộ lọc`,
};
