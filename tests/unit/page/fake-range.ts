import { parseHTML } from 'linkedom';

/** linkedom has no Range.setStart/setEnd: a minimal stand-in with the fields our code reads. */
export class FakeRange {
  startContainer: Node | null = null;
  startOffset = 0;
  endContainer: Node | null = null;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
  get collapsed() {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
  /** The covered text, across text nodes in document order (enough for these tests). */
  text(doc: Document): string {
    const nodes: Text[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) nodes.push(n as Text);
      n.childNodes.forEach(walk);
    };
    walk(doc.documentElement);
    const from = nodes.indexOf(this.startContainer as Text);
    const to = nodes.indexOf(this.endContainer as Text);
    if (from === to) return nodes[from]!.data.slice(this.startOffset, this.endOffset);
    return [nodes[from]!.data.slice(this.startOffset), ...nodes.slice(from + 1, to).map((n) => n.data), nodes[to]!.data.slice(0, this.endOffset)].join('');
  }
}

/** A linkedom document whose createRange returns FakeRange. */
export function pageDocument(html: string): Document {
  const { document } = parseHTML(html);
  (document as unknown as { createRange: () => FakeRange }).createRange = () => new FakeRange();
  return document as unknown as Document;
}
