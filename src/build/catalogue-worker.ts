/** Worker thread: reads report files for the catalogue (see catalogue-threads.ts). */
import { answerFiles } from './threads.ts';
import { readReportFile } from './catalogue.ts';

answerFiles(readReportFile);
