// The handout page's style sheet and script, inlined into every page. The script is
// small vanilla JavaScript: no framework, no network, and it never turns map text into
// markup (textContent only), so the Content-Security-Policy can allow it by hash alone.
#pragma once

namespace argmap::report_assets {

inline constexpr const char* kStyle = R"CSS(
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#d0d4d9;--accent:#1a56b0;--in:#0072b2;--out:#b34700;--undec:#5f6368}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "DejaVu Sans",system-ui,sans-serif;color:var(--ink);background:#fff}
header,main>section{max-width:68rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.7rem;margin:.2rem 0}
h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.am-byline{color:var(--muted);margin:.2rem 0}
.am-abstract{border-left:3px solid var(--line);padding-left:.8rem;color:#333}
nav.am-toc a{margin-right:1rem}
a{color:var(--accent)}
.am-controls{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.am-controls input,.am-controls select,.am-controls button{font:inherit;padding:.2rem .4rem}
.am-controls select{max-width:16rem}
#am__results{display:flex;flex-wrap:wrap;gap:.3rem .8rem;min-height:1.5rem;font-size:.9rem}
.am-mapwrap{position:relative;display:flex;gap:.8rem}
#am__map{flex:1;min-width:0;border:1px solid var(--line);border-radius:4px;overflow:hidden;height:70vh;cursor:grab;touch-action:none}
#am__map svg{width:100%;height:100%;display:block}
#am__map .am-node{cursor:pointer}
#am__map .am-sel polygon,#am__map .am-sel path,#am__map .am-sel ellipse{stroke:#ff8c00;stroke-width:4px}
#am__map .am-hit polygon,#am__map .am-hit path{stroke:#1a56b0;stroke-width:3px}
.am-dim{opacity:.25}
#am__panel{width:22rem;max-height:70vh;overflow:auto;border:1px solid var(--line);border-radius:4px;padding:.6rem .8rem;background:#fafbfc}
#am__panel[hidden]{display:none}
#am__panel h3{margin-top:0}
#am__panel dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:.4rem 0}
#am__panel dt{color:var(--muted)}
#am__panel dd{margin:0}
.am-label{display:inline-block;font-size:.75rem;font-weight:bold;border-radius:3px;padding:0 .35rem;color:#fff;background:var(--muted)}
.am-label-IN{background:var(--in)}.am-label-OUT{background:var(--out)}.am-label-UNDEC{background:var(--undec)}
.am-explanation{font-style:italic;white-space:pre-wrap}
.am-tree,.am-tree ul{list-style:none;padding-left:1.2rem;margin:.1rem 0}
.am-tree{padding-left:0}
.am-tree li{margin:.15rem 0}
.am-role{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.am-role-objection{color:var(--out)}.am-role-support{color:var(--in)}
.am-prop{color:var(--muted)}
.am-text{color:#333}
.am-ref{color:var(--muted);font-size:.9rem}
.am-bib li,.am-questions li{margin:.3rem 0}
.am-key{color:var(--muted);font-family:monospace}
.am-close{float:right}
.am-print-map{display:none}
@page{size:A4;margin:14mm}
@page map{size:A4 landscape;margin:10mm}
header,#am__map-section{page:map}
@media print{
#am__map.am-screen{display:none}
.am-print-map{display:block}
.am-print-map svg{width:100%;height:auto;max-height:175mm}
body{font-size:10.5pt}
.am-controls,#am__results,#am__panel,nav.am-toc,.am-close{display:none!important}
header,main>section{max-width:none;padding:0}
#am__map{height:auto;border:0;overflow:visible}
#am__map svg{width:100%;height:auto;max-height:175mm;filter:grayscale(1)}
.am-mapwrap{display:block}
#am__map-section{break-after:page}
.am-dim{opacity:1}
h2,h3{break-after:avoid}
li{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
)CSS";

inline constexpr const char* kScript = R"JS(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('am__data').textContent);
  var els = data.elements;
  var map = document.getElementById('am__map');
  var svg = map ? map.querySelector('svg') : null;
  var panel = document.getElementById('am__panel');
  var byNode = {};
  Object.keys(els).forEach(function (k) {
    var n = els[k].node ? document.getElementById(els[k].node) : null;
    if (n && svg && svg.contains(n)) { byNode[els[k].node] = k; n.classList.add('am-node'); }
  });
  function nodeOf(k) { return els[k] && els[k].node && byNode[els[k].node] ? document.getElementById(els[k].node) : null; }

  // Zoom and pan by moving the viewBox.
  var home = null, view = null;
  if (svg) {
    var b = svg.viewBox.baseVal;
    home = b && b.width ? { x: b.x, y: b.y, w: b.width, h: b.height } : null;
    if (!home) { var r = svg.getBBox(); home = { x: r.x, y: r.y, w: r.width, h: r.height }; }
    svg.removeAttribute('width'); svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  }
  function setView(v) { view = v; svg.setAttribute('viewBox', v.x + ' ' + v.y + ' ' + v.w + ' ' + v.h); }
  function reset() { if (svg) setView({ x: home.x, y: home.y, w: home.w, h: home.h }); }
  function toSvg(cx, cy) {
    var p = svg.createSVGPoint(); p.x = cx; p.y = cy;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoom(f, cx, cy) {
    if (!svg) return;
    var r = svg.getBoundingClientRect();
    var p = toSvg(cx === undefined ? r.left + r.width / 2 : cx, cy === undefined ? r.top + r.height / 2 : cy);
    var w = Math.min(Math.max(view.w * f, home.w / 40), home.w * 4), s = w / view.w;
    setView({ x: p.x - (p.x - view.x) * s, y: p.y - (p.y - view.y) * s, w: w, h: view.h * s });
  }
  function centreOn(n) {
    var r = n.getBoundingClientRect(), p = toSvg(r.left + r.width / 2, r.top + r.height / 2);
    var w = Math.min(view.w, home.w), h = view.h * w / view.w;
    setView({ x: p.x - w / 2, y: p.y - h / 2, w: w, h: h });
  }
  if (svg) {
    reset();
    // A wide map would float in an empty box: let the box take the drawing's shape.
    map.style.height = Math.round(Math.min(window.innerHeight * 0.7,
        Math.max(240, map.clientWidth * home.h / home.w))) + 'px';
    var drag = null, moved = false;
    map.addEventListener('wheel', function (e) { e.preventDefault(); zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, e.clientX, e.clientY); }, { passive: false });
    map.addEventListener('pointerdown', function (e) { drag = { x: e.clientX, y: e.clientY, v: view }; moved = false; });
    map.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
      if (!moved) return;
      var s = drag.v.w / svg.getBoundingClientRect().width;
      setView({ x: drag.v.x - dx * s, y: drag.v.y - dy * s, w: drag.v.w, h: drag.v.h });
    });
    window.addEventListener('pointerup', function () { drag = null; });
    svg.addEventListener('click', function (e) {
      if (moved) return;
      var g = e.target.closest ? e.target.closest('g.am-node') : null;
      if (g && byNode[g.id]) show(byNode[g.id], false);
    });
    window.addEventListener('beforeprint', reset);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function link(k) {
    var a = el('a', 'am-el', els[k] ? els[k].name : k);
    a.href = '#am__map'; a.setAttribute('data-el', k);
    return a;
  }
  function label(l) { return el('span', 'am-label am-label-' + l, l); }

  var selected = null;
  function show(k, centre) {
    var e = els[k];
    if (!e || !panel) return;
    panel.textContent = '';
    var close = el('button', 'am-close', '\u00d7');
    close.type = 'button'; close.title = 'Close'; close.setAttribute('data-close', '1');
    panel.appendChild(close);
    var h = el('h3', null, e.name);
    panel.appendChild(h);
    if (e.label) panel.appendChild(label(e.label));
    if (e.text) panel.appendChild(el('p', 'am-text', e.text));
    var dl = el('dl');
    function row(name, value) { if (value) { dl.appendChild(el('dt', null, name)); dl.appendChild(el('dd', null, value)); } }
    row('Kind', e.kind); row('Proponent', e.proponent); row('Section', e.section);
    row('Tags', (e.tags || []).join(', '));
    panel.appendChild(dl);
    if (e.explanation) panel.appendChild(el('p', 'am-explanation', e.explanation));
    if (e.citations && e.citations.length) {
      panel.appendChild(el('h4', null, 'Evidence'));
      var ul = el('ul');
      e.citations.forEach(function (c) { ul.appendChild(el('li', null, c)); });
      panel.appendChild(ul);
    }
    [['Incoming', e.in], ['Outgoing', e.out]].forEach(function (group) {
      if (!group[1].length) return;
      panel.appendChild(el('h4', null, group[0]));
      var ul = el('ul');
      group[1].forEach(function (r) {
        var li = el('li', null, r.rel + ' ');
        li.appendChild(link(r.el));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    });
    panel.hidden = false;
    if (selected) selected.classList.remove('am-sel');
    selected = nodeOf(k);
    if (selected) { selected.classList.add('am-sel'); if (centre) centreOn(selected); }
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t.getAttribute && t.getAttribute('data-close')) { panel.hidden = true; return; }
    var a = t.closest ? t.closest('a[data-el]') : null;
    if (!a) return;
    e.preventDefault();
    show(a.getAttribute('data-el'), true);
    if (map) map.scrollIntoView({ block: 'nearest' });
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && panel) panel.hidden = true; });
  function on(id, ev, f) { var n = document.getElementById(id); if (n) n.addEventListener(ev, f); }
  on('am__zoom-in', 'click', function () { zoom(1 / 1.5); });
  on('am__zoom-out', 'click', function () { zoom(1.5); });
  on('am__zoom-reset', 'click', reset);

  // Search: by title or text, case-insensitive; hits are listed and marked on the map.
  var results = document.getElementById('am__results');
  function search(q) {
    q = q.trim().toLowerCase();
    results.textContent = '';
    Object.keys(byNode).forEach(function (id) { document.getElementById(id).classList.remove('am-hit'); });
    if (!q) return [];
    var hits = Object.keys(els).filter(function (k) {
      return (els[k].title + '\n' + els[k].text).toLowerCase().indexOf(q) >= 0;
    });
    hits.slice(0, 30).forEach(function (k) { results.appendChild(link(k)); });
    if (!hits.length) results.appendChild(el('span', null, 'No element matches.'));
    hits.forEach(function (k) { var n = nodeOf(k); if (n) n.classList.add('am-hit'); });
    return hits;
  }
  on('am__search', 'input', function (e) { search(e.target.value); });
  on('am__search', 'keydown', function (e) {
    if (e.key !== 'Enter') return;
    var hits = search(e.target.value);
    if (hits.length) show(hits[0], true);
  });

  // Filters: dim what is outside the chosen section or proponent.
  function filter() {
    var sec = document.getElementById('am__filter-section').value;
    var prop = document.getElementById('am__filter-proponent').value;
    function keep(k) {
      var e = els[k];
      return (!sec || e.sections.indexOf(sec) >= 0) && (!prop || e.prop === prop);
    }
    Object.keys(els).forEach(function (k) {
      var n = nodeOf(k), off = !keep(k);
      if (n) n.classList.toggle('am-dim', off);
    });
    document.querySelectorAll('.am-tree li[data-el]').forEach(function (li) {
      li.firstElementChild.classList.toggle('am-dim', !keep(li.getAttribute('data-el')));
    });
  }
  on('am__filter-section', 'change', filter);
  on('am__filter-proponent', 'change', filter);
  document.documentElement.classList.add('am-ready');
})();
)JS";

}  // namespace argmap::report_assets
