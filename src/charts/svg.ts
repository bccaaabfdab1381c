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

export function h(
  tag: string,
  attrs: Record<string, AttrValue> = {},
  ...children: (SvgNode | string | null | false | undefined | (SvgNode | string)[])[]
): SvgNode {
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
    out += value === true ? ` ${name}` : ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

export function toSvgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = node.tag === 'svg' ? { xmlns: SVG_NS, ...node.attrs } : node.attrs;
  if (node.children.length === 0) return `<${node.tag}${attrText(attrs)}/>`;
  return `<${node.tag}${attrText(attrs)}>${node.children.map(toSvgString).join('')}</${node.tag}>`;
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
