/** Worker thread: reads built pages for the search index's scan (see page-scan.ts). */
import { answerFiles } from '../build/threads.ts';
import { findInPage } from './page-scan.ts';

answerFiles(findInPage);
