/** The fieldFit tables and sheet in English (the `fieldFit` section of text/en.ts). */
import type { FieldFitLabels } from './field-fit-vi.js';

export const fieldFitEn: FieldFitLabels = {
  byTypeTitle: (n) => `Table ${n}. Field of training fitting the post`,
  listTitle: (n) => `Table ${n}. People whose field of training does not fit their post`,
  fits: 'Fits',
  notFits: 'Does not fit',
  unknown: 'Unknown',
  name: 'Name',
  unit: 'Unit',
  title: 'Title',
  field: 'Field',
  place: 'File:row',
  basis: (table, date) => `Table of posts → fields ${table} (${date}); shares are of each row's total.`,
  rule: {
    law: 'by law',
    default: "the tool's default (the law names no field; the province sets them)",
    config: 'from the config file',
  },
  unknownNote:
    'Unknown: no field written, a field not recognised, or a title the table has no line for (see the values not classified).',
  otherPosts: 'Other posts',
  sheet: 'Field fits post',
  sheetTitle: 'Field of training fitting the post',
  fitShare: 'Share fitting',
  listSheet: 'Field does not fit',
  listHead: ['No.', 'Name', 'Unit', 'Title', 'Type', 'Field', 'Read as', 'File', 'Row'],
};
