/**
 * One chart as a DrawingML chart part (c:chartSpace), the same in an xlsx and a docx: c:barChart or
 * c:pieChart whose series reference the cells of their data table (so the chart stays editable) and
 * carry c:strCache/c:numCache (so it renders without recalculation).
 */
import { safe } from '../labels.js';
import { escapeXml } from './package.js';
import type { ChartSpec } from './spec.js';

/** Where a chart's data table sits: its head row (series names) then one row per category. */
export interface DataRef {
  /** Sheet name as written in a formula (quoted by `cellRange`). */
  sheet: string;
  /** 1-based row of the head; categories from the next row on, in column A. */
  headRow: number;
  /** 0-based column of the first series, the others after it (1: column B). */
  firstColumn: number;
}

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Office's first colours, then darker and lighter tones: distinct in print and in grey. */
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300'];

const x = (text: string) => escapeXml(safe(text));

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cellRange(ref: DataRef, column: number, from: number, to: number = from): string {
  const sheet = `'${ref.sheet.replace(/'/g, "''")}'`;
  const col = columnLetter(column);
  return from === to ? `${sheet}!$${col}$${from}` : `${sheet}!$${col}$${from}:$${col}$${to}`;
}

function strRef(f: string, values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${x(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${x(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: number[], format: string): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numRef><c:f>${x(f)}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function fill(colour: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
}

function labels(spec: ChartSpec, format: string): string {
  const pie = spec.kind === 'pie';
  // A slice is labelled with its share (one format serves value and share alike); the counts are in the table.
  if (pie) format = '0.0%';
  // A stacked bar's segments are labelled too: the reader sees each unit's counts without the table.
  return (
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    (pie ? '<c:dLblPos val="bestFit"/>' : '') +
    `<c:showLegendKey val="0"/><c:showVal val="${pie ? 0 : 1}"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="${pie ? 1 : 0}"/><c:showBubbleSize val="0"/>` +
    (pie ? '<c:showLeaderLines val="1"/>' : '') +
    '</c:dLbls>'
  );
}

function series(spec: ChartSpec, ref: DataRef): string {
  const format = spec.values === 'percent' ? '0.0' : '#,##0';
  const last = ref.headRow + spec.categories.length;
  return spec.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length]!;
      const points =
        spec.kind === 'pie'
          ? spec.categories
              .map(
                (_, p) =>
                  `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/>${fill(COLOURS[p % COLOURS.length]!)}</c:dPt>`,
              )
              .join('')
          : '';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${strRef(cellRange(ref, ref.firstColumn + i, ref.headRow), [s.name])}</c:tx>` +
        (spec.kind === 'pie' ? '' : `${fill(colour)}<c:invertIfNegative val="0"/>`) +
        points +
        labels(spec, format) +
        `<c:cat>${strRef(cellRange(ref, 0, ref.headRow + 1, last), spec.categories)}</c:cat>` +
        `<c:val>${numRef(cellRange(ref, ref.firstColumn + i, ref.headRow + 1, last), s.values, format)}</c:val>` +
        '</c:ser>'
      );
    })
    .join('');
}

function axes(spec: ChartSpec): string {
  const horizontal = spec.kind === 'bar' || spec.kind === 'stacked';
  const format = spec.values === 'percent' ? '0' : '#,##0';
  const noTicks = '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  // Horizontal bars read top-down in the table's order; the value axis then crosses at the bottom.
  const max = spec.values === 'percent' ? '<c:max val="100"/>' : '';
  return (
    `<c:catAx><c:axId val="501"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>${noTicks}` +
    '<c:crossAx val="502"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="502"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="${format}" sourceLinked="0"/>${noTicks}` +
    `<c:crossAx val="501"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plot(spec: ChartSpec, ref: DataRef): string {
  if (spec.kind === 'pie')
    return `<c:pieChart><c:varyColors val="1"/>${series(spec, ref)}<c:firstSliceAng val="0"/></c:pieChart>`;
  const stacked = spec.kind === 'stacked';
  return (
    `<c:barChart><c:barDir val="${spec.kind === 'column' ? 'col' : 'bar'}"/>` +
    `<c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series(spec, ref)}` +
    `<c:gapWidth val="${stacked ? 50 : 60}"/>${stacked ? '<c:overlap val="100"/>' : ''}` +
    '<c:axId val="501"/><c:axId val="502"/></c:barChart>' +
    axes(spec)
  );
}

function title(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${x(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

/** The chart part's XML. A legend when it says something: the slices of a pie, the series of a stack. */
export function chartXml(spec: ChartSpec, ref: DataRef): string {
  const legend = spec.kind === 'pie' || spec.series.length > 1;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    title(spec.title) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    plot(spec, ref) +
    '</c:plotArea>' +
    (legend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
}
