/**
 * A tiny SVG tree: charts build it once, and it becomes a string at build time (no DOM in Node) or an
 * element in the browser. Text and attribute values are always escaped, so data can never become markup.
 */
import { escapeXml } from '../lib/core/escape.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type AttrValue = string | number | boolean | null | undefined;
export interface SvgNode {
  tag: string;
  attrs: Record<string, AttrValue>;
  children: (SvgNode | string)[];
}

/** What h() takes as children: nodes, text, lists of them, and nothing (null, false, undefined) to skip. */
export type SvgChild = SvgNode | string | null | false | undefined | (SvgNode | string)[];

export function h(tag: string, attrs: Record<string, AttrValue> = {}, ...children: SvgChild[]): SvgNode {
  const flat: (SvgNode | string)[] = [];
  for (const child of children) {
    if (child === null || child === false || child === undefined) continue;
    if (Array.isArray(child)) flat.push(...child);
    else flat.push(child);
  }
  return { tag, attrs, children: flat };
}

function attrText(attrs: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    // XML has no bare attribute names: true is written as an empty value, as the browser path sets it.
    out += ` ${name}="${value === true ? '' : escapeXml(String(value))}"`;
  }
  return out;
}

function openingTag(node: SvgNode): string {
  const attrs = node.tag === 'svg' ? { xmlns: SVG_NS, ...node.attrs } : node.attrs;
  return `<${node.tag}${attrText(attrs)}`;
}

export function toSvgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  if (node.children.length === 0) return `${openingTag(node)}/>`;
  return `${openingTag(node)}>${node.children.map(toSvgString).join('')}</${node.tag}>`;
}

export interface SvgLabel {
  title: string;
  /** Read after the title; omitted when the title says it all. */
  description?: string;
  /** Prefix of the title's and description's ids: unique per page, so two drawings never share an id. */
  idPrefix: string;
  /** 'group' when the drawing holds links: an image cannot hold interactive content (axe: nested-interactive). */
  role?: 'img' | 'group';
}

export interface SvgFrameOptions {
  widthPx: number;
  heightPx: number;
  /** The accessible name and description; null for a decorative drawing, hidden from assistive technology. */
  label: SvgLabel | null;
  /** Presentation attributes of the root (class, fonts, data-*), after the frame's own. */
  attrs?: Record<string, AttrValue>;
  /**
   * No viewBox: the drawing is 100% wide and heightPx high, in CSS pixels and percentages, so its text keeps
   * its size however narrow the page (an axis under a scaled drawing). Default false.
   */
  unscaled?: boolean;
}

/**
 * The root of every chart and map: a responsive viewBox, then either role and aria-labelledby pointing at its
 * <title> and <desc>, or aria-hidden for a decorative drawing.
 */
export function svgFrame(options: SvgFrameOptions, ...children: SvgChild[]): SvgNode {
  const { label } = options;
  const titleId = label ? `${label.idPrefix}-title` : '';
  const descId = label?.description !== undefined ? `${label.idPrefix}-desc` : null;
  const accessible = label
    ? { role: label.role ?? 'img', 'aria-labelledby': descId ? `${titleId} ${descId}` : titleId }
    : { 'aria-hidden': 'true' };
  return h(
    'svg',
    {
      ...(options.unscaled ? { height: options.heightPx } : { viewBox: `0 0 ${options.widthPx} ${options.heightPx}` }),
      width: '100%',
      ...accessible,
      ...options.attrs,
    },
    label ? h('title', { id: titleId }, label.title) : null,
    label && descId ? h('desc', { id: descId }, label.description!) : null,
    ...children,
  );
}

/**
 * The same frame around body markup that is already a string (the static map writes its large paths directly).
 * The caller escapes every text in `bodyMarkup`.
 */
export function svgFrameMarkup(options: SvgFrameOptions, bodyMarkup: string): string {
  const frame = svgFrame(options);
  return `${openingTag(frame)}>${frame.children.map(toSvgString).join('')}${bodyMarkup}</svg>`;
}

/** Browser only: the same tree as live SVG elements (textContent and setAttribute never parse markup). */
export function toSvgElement(node: SvgNode, doc: Document): SVGElement {
  const el = doc.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'href') el.setAttributeNS('http://www.w3.org/1999/xlink', 'href', String(value));
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) {
    el.append(typeof child === 'string' ? doc.createTextNode(child) : toSvgElement(child, doc));
  }
  return el;
}

/** Rounds coordinates so paths stay short. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** Tenths of a pixel as the shortest SVG number: 35 → "3.5", 3 → ".3", -3 → "-.3", 20 → "2". */
function tenths(n: number): string {
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  const digits = frac === 0 ? String(whole) : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
  return n < 0 ? `-${digits}` : digits;
}

/**
 * A polyline as the shortest path data at a tenth of a pixel: an absolute start, then relative steps with the
 * command written once ("M56,328l3.5,.3 3.4-1.8"). The steps are taken between rounded points, so rounding never
 * adds up along the line. A month-by-month chart has hundreds of points a line: written absolutely ("L59.5,328.3")
 * they were a fifth of a detections embed's first load.
 */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  if (points.length === 0) return '';
  const at = points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  let d = `M${tenths(at[0]![0])},${tenths(at[0]![1])}`;
  for (let i = 1; i < at.length; i++) {
    const dx = tenths(at[i]![0] - at[i - 1]![0]);
    const dy = tenths(at[i]![1] - at[i - 1]![1]);
    const step = dy.startsWith('-') ? `${dx}${dy}` : `${dx},${dy}`;
    d += i === 1 ? `l${step}` : step.startsWith('-') ? step : ` ${step}`;
  }
  return d;
}
