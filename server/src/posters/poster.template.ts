import type { ServiceLine } from '@lingjuli/shared';
import { escapeHtml } from './escape-html';

/** Everything one stairwell poster shows: public information only. */
export interface PosterContent {
  communityName: string;
  buildingName: string;
  windowAddress: string;
  windowHours: string;
  hotline: string;
  serviceLines: readonly ServiceLine[];
  isSample: boolean;
  /** The code as a `data:` URI, so the page prints without reaching the server again. */
  qrDataUri: string;
  /** `wechat`: a mini-program code (WeChat only); `url`: an ordinary QR code of `url`. */
  qrKind: 'wechat' | 'url';
  url: string;
}

const STYLE = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #1a1a1a; background: #e8e8e8;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.poster {
  position: relative; width: 210mm; height: 297mm; margin: 8mm auto; padding: 12mm 16mm 8mm;
  background: #fff; display: flex; flex-direction: column; overflow: hidden;
  break-after: page; page-break-after: always;
}
.poster:last-child { break-after: auto; page-break-after: auto; }
@media print { body { background: none; } .poster { margin: 0; } }
.sample {
  position: absolute; top: 9mm; right: 10mm; padding: 1mm 4mm; border: 0.6mm solid #b3261e; border-radius: 2mm;
  color: #b3261e; font-size: 15pt; font-weight: 700; transform: rotate(6deg);
}
header { text-align: center; border-bottom: 0.8mm solid #b3261e; padding-bottom: 3mm; }
.community { font-size: 30pt; font-weight: 800; letter-spacing: 0.08em; }
.building { font-size: 22pt; margin-top: 1mm; }
.cta { text-align: center; font-size: 50pt; font-weight: 900; color: #b3261e; letter-spacing: 0.12em; line-height: 1.2; margin: 5mm 0 2mm; }
.promise { text-align: center; font-size: 13pt; color: #444; }
.qr { text-align: center; margin: 3mm 0 1mm; }
.qr img { width: 90mm; height: 90mm; image-rendering: pixelated; }
.hint { text-align: center; font-size: 16pt; font-weight: 700; }
.url { text-align: center; font-size: 9pt; color: #666; word-break: break-all; margin-top: 1mm; }
.contact { margin: 4mm 0 0; font-size: 16pt; line-height: 1.5; }
.contact dt { float: left; clear: left; width: 28mm; font-weight: 700; color: #b3261e; line-height: 1.9; }
.contact dd { margin: 0 0 0 28mm; line-height: 1.9; }
.contact .hotline { font-size: 22pt; font-weight: 800; line-height: 1.3; }
.lines { margin-top: auto; border-top: 0.4mm solid #999; padding-top: 2mm; }
.lines h2 { margin: 0 0 1mm; font-size: 13pt; }
.lines ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 1.5mm 3mm; }
.lines li { font-size: 11pt; line-height: 1.3; }
.lines li b { display: block; font-size: 18pt; }
footer { text-align: center; font-size: 10pt; color: #777; margin-top: 2mm; }
`;

const orPending = (text: string) => escapeHtml(text.trim() || '请咨询社区居委会');

function poster(p: PosterContent): string {
  const hint = p.qrKind === 'wechat' ? '微信扫一扫，进入「零距离」小程序' : '微信扫一扫，或用手机相机扫码';
  return `<section class="poster">
  ${p.isSample ? '<div class="sample">示例数据</div>' : ''}
  <header>
    <div class="community">${escapeHtml(p.communityName)}</div>
    <div class="building">${escapeHtml(p.buildingName)}</div>
  </header>
  <div class="cta">扫码反映问题</div>
  <div class="promise">楼道环境、水电气热、邻里纠纷，有事随时说。社区首问负责，按时反馈。</div>
  <div class="qr"><img alt="${escapeHtml(`${p.buildingName}二维码`)}" src="${escapeHtml(p.qrDataUri)}"></div>
  <div class="hint">${hint}</div>
  ${p.qrKind === 'url' ? `<div class="url">${escapeHtml(p.url)}</div>` : ''}
  <dl class="contact">
    <dt>民情窗口</dt><dd>${orPending(p.windowAddress)}</dd>
    <dt>开放时间</dt><dd>${orPending(p.windowHours)}</dd>
    <dt>民情专线</dt><dd class="hotline">${orPending(p.hotline)}</dd>
  </dl>
  <div class="lines">
    <h2>城市服务热线</h2>
    <ul>${p.serviceLines.map((l) => `<li>${escapeHtml(l.name)}<b>${escapeHtml(l.phone)}</b></li>`).join('')}</ul>
  </div>
  <footer>零距离 · 小事不出社区，大事不出街道</footer>
</section>`;
}

/** A printable page of A4 posters, one per building, each on its own sheet. */
export function renderPosters(title: string, posters: readonly PosterContent[]): string {
  const body = posters.length ? posters.map(poster).join('\n') : '<section class="poster"><header><div class="community">尚未登记楼栋</div></header></section>';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
