/** ../shared beside the project (domain notes, corpus). Stryker runs tests from a sandbox copy, so it names the folder in CBCC_SHARED. */
import { resolve } from 'node:path';

export const SHARED = process.env.CBCC_SHARED ?? resolve('..', 'shared');
