/**
 * The map download as PNG: the Scene (mapScene.ts) drawn into a 2D canvas at PNG_RATIO device
 * pixels per CSS pixel. Shapes are the scene's own path data (Path2D), so the PNG and the SVG are
 * the same drawing; patterns are canvas patterns of palette's patternPixels tiles, as MapLibre
 * draws them. Independent of the live map's renderer (WebGL or SVG).
 */
import { patternPixels } from '../color/palette.ts';
import { FONT_FAMILY, PNG_RATIO, type Scene, type TextItem } from './mapScene.ts';

function canvasPattern(ctx: CanvasRenderingContext2D, p: Scene['patterns'][number], ratio: number): CanvasPattern | string {
  const px = patternPixels(p, p.ground, ratio);
  const tile = document.createElement('canvas');
  tile.width = px.width;
  tile.height = px.height;
  const tctx = tile.getContext('2d');
  if (!tctx) return p.ground;
  tctx.putImageData(new ImageData(new Uint8ClampedArray(px.data), px.width, px.height), 0, 0);
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return p.ground;
  // The tile is in device pixels; the context draws in CSS pixels.
  pattern.setTransform(new DOMMatrix().scale(1 / ratio));
  return pattern;
}

function drawText(ctx: CanvasRenderingContext2D, t: TextItem): void {
  ctx.font = `${t.weight} ${t.size}px ${FONT_FAMILY}`;
  ctx.fillStyle = t.colour;
  ctx.textAlign = t.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(t.text, t.x, t.y);
}

function drawScene(ctx: CanvasRenderingContext2D, s: Scene, ratio: number): void {
  const fills = new Map<string, CanvasPattern | string>();
  for (const p of s.patterns) fills.set(p.id, canvasPattern(ctx, p, ratio));
  const fillFor = (fill: string): CanvasPattern | string => {
    const m = /^url\(#(.+)\)$/.exec(fill);
    return m ? (fills.get(m[1] as string) ?? '#888888') : fill;
  };

  ctx.fillStyle = s.paper;
  ctx.fillRect(0, 0, s.width, s.height);

  const m = s.map;
  ctx.save();
  ctx.beginPath();
  ctx.rect(m.x, m.y, m.width, m.height);
  ctx.clip();
  ctx.fillStyle = m.ocean;
  ctx.fillRect(m.x, m.y, m.width, m.height);
  ctx.translate(m.x, m.y);
  for (const c of m.countries) {
    ctx.fillStyle = fillFor(c.fill);
    ctx.fill(new Path2D(c.d));
  }
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.strokeStyle = m.coast.colour;
  ctx.lineWidth = m.coast.width;
  ctx.stroke(new Path2D(m.coast.d));
  ctx.lineJoin = 'round';
  ctx.strokeStyle = m.borders.colour;
  ctx.lineWidth = m.borders.width;
  ctx.stroke(new Path2D(m.borders.d));
  if (m.selection) {
    const outline = new Path2D(m.selection.d);
    ctx.lineJoin = 'round';
    ctx.strokeStyle = m.selection.casing;
    ctx.lineWidth = m.selection.casingWidth;
    ctx.stroke(outline);
    ctx.strokeStyle = m.selection.colour;
    ctx.lineWidth = m.selection.width;
    ctx.stroke(outline);
  }
  // Dots over the selection's outline, as on the map: a small state's ring is not hidden under its own outline.
  for (const d of m.dots) {
    ctx.beginPath();
    ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI);
    ctx.fillStyle = d.fill;
    ctx.fill();
    ctx.strokeStyle = d.stroke;
    ctx.lineWidth = d.strokeWidth;
    ctx.stroke();
  }
  ctx.restore();

  const l = s.legend;
  ctx.beginPath();
  ctx.roundRect(l.x + 0.5, l.y + 0.5, l.width, l.height, 6);
  ctx.fillStyle = l.fill;
  ctx.fill();
  ctx.strokeStyle = l.stroke;
  ctx.lineWidth = 1;
  ctx.stroke();
  for (const row of l.rows) {
    ctx.beginPath();
    ctx.roundRect(l.x + 12, row.y, l.swatch, l.swatch, 2);
    ctx.fillStyle = row.pattern ? fillFor(`url(#${row.pattern})`) : row.fill;
    ctx.fill();
    ctx.strokeStyle = l.stroke;
    ctx.stroke();
    drawText(ctx, row.label);
    if (row.count) drawText(ctx, row.count);
  }
  for (const t of s.texts) drawText(ctx, t);
}

/** The scene as a PNG, `ratio` device pixels per CSS pixel. */
export function scenePng(s: Scene, ratio = PNG_RATIO): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = s.width * ratio;
  canvas.height = s.height * ratio;
  // A canvas in main memory: it is drawn once and read once, and reading a GPU canvas back (on
  // software GL especially) costs far more than drawing this on the CPU.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  ctx.scale(ratio, ratio);
  drawScene(ctx, s, ratio);
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png');
  });
}
