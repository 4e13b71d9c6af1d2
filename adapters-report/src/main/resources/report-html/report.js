// report.html's page script: draws everything from the inlined report.json with the inlined Apache ECharts.
// Opened from disk, offline: nothing here loads from the network.
(function () {
  'use strict';
  var PALETTE = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'];
  var SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];
  // beyond eight methods the colours repeat: the line pattern and the symbol then tell the repeat apart
  var LINES = ['solid', 'dashed', 'dotted'];
  function colour(i) { return PALETTE[i % PALETTE.length]; }
  function line(i) { return LINES[Math.floor(i / PALETTE.length) % LINES.length]; }
  function symbol(i) { return SYMBOLS[(i + 3 * Math.floor(i / PALETTE.length)) % SYMBOLS.length]; }
  var MAX_LOSS = 10; // as the PNG plots: settings losing more SAT stay in the tables only
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var root = document.getElementById('report');
  var charts = [];
  var sat = data.tradeOff.satMetric;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function fmt(x, digits) { return typeof x === 'number' && isFinite(x) ? x.toFixed(digits === undefined ? 2 : digits) : '–'; }

  var reference = data.reference;
  var policies = data.policies.filter(function (p) { return p.policy !== reference; });
  var methods = [];
  var offChart = [];

  // a point: x = SAT loss %, y = gain %, with their intervals (loss is the negated change, so its interval flips)
  function point(p, objective) {
    var s = p.changePercent[sat];
    var g = objective ? p.changePercent['count_' + objective] : joint(p);
    if (!s || !g) { return null; }
    return {value: [-s.value, g.value], policy: p, loss: [-s.high, -s.low], gain: [g.low, g.high], objective: objective};
  }
  // jointly: the mean gain over the objectives, where each has one
  function joint(p) {
    var gains = data.objectives.map(function (o) { return p.changePercent['count_' + o]; });
    if (gains.some(function (g) { return !g; })) { return null; }
    var mean = function (k) { return gains.reduce(function (a, g) { return a + g[k]; }, 0) / gains.length; };
    return {value: mean('value'), low: mean('low'), high: mean('high')};
  }

  // the methods with a point on some chart, in report order (so colours follow the PNG plots' order); the others
  // (e.g. the logged order, losing far more SAT) are in the tables only
  policies.forEach(function (p) {
    var shown = data.objectives.concat(data.objectives.length > 1 ? [null] : []).some(function (o) {
      var pt = point(p, o);
      return pt && pt.value[0] <= MAX_LOSS;
    });
    var list = shown ? methods : offChart;
    if (list.indexOf(p.method) < 0 && methods.indexOf(p.method) < 0) { list.push(p.method); }
  });
  offChart = offChart.filter(function (m) { return methods.indexOf(m) < 0; });

  function tooltip(params) {
    var d = params.data;
    var p = d.policy;
    var lines = ['<b>' + escapeHtml(p.method) + '</b> · ' + escapeHtml(p.policy)];
    if (p.knob) { lines.push(escapeHtml(p.knob) + ' = ' + p.value); }
    lines.push((d.objective ? escapeHtml(d.objective) + ' gain' : 'mean gain') + ': ' + fmt(d.value[1]) + ' % [' +
      fmt(d.gain[0]) + ', ' + fmt(d.gain[1]) + ']');
    lines.push('SAT loss: ' + fmt(d.value[0]) + ' % [' + fmt(d.loss[0]) + ', ' + fmt(d.loss[1]) + ']');
    if (!d.objective) {
      data.objectives.forEach(function (o) {
        var g = p.changePercent['count_' + o];
        if (g) { lines.push(escapeHtml(o) + ': ' + fmt(g.value) + ' %'); }
      });
    }
    return lines.join('<br>');
  }
  function escapeHtml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/[<]/g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function chartOption(title, objective) {
    var series = methods.map(function (m, i) {
      var points = policies.filter(function (p) { return p.method === m; })
        .map(function (p) { return point(p, objective); })
        .filter(function (pt) { return pt && pt.value[0] <= MAX_LOSS; })
        .sort(function (a, b) { return a.policy.value - b.policy.value; });
      return {name: m, type: 'line', data: points, symbol: symbol(i), symbolSize: 9,
        itemStyle: {color: colour(i)}, lineStyle: {width: 2, color: colour(i), type: line(i)},
        emphasis: {focus: 'series'}};
    });
    if (data.frontier && Array.isArray(data.frontier.points)) {
      // the frontier evaluation's non-dominated settings, when the report carries them
      series.push({name: 'frontier', type: 'line', step: false, symbol: 'none', lineStyle: {type: 'dashed', color: '#000'},
        data: data.frontier.points.filter(function (q) { return !objective || q.objective === objective; })
          .map(function (q) { return {value: [q.satLossPercent, q.gainPercent], policy: {method: 'frontier', policy: q.policy || ''},
            loss: [q.satLossPercent, q.satLossPercent], gain: [q.gainPercent, q.gainPercent], objective: objective}; })});
    }
    return {
      animation: false,
      aria: {enabled: true},
      title: {text: title, left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'item', formatter: tooltip},
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 56, right: 16, top: 40, bottom: 64},
      xAxis: {type: 'value', name: (data.trueSat ? 'true' : 'predicted') + ' SAT@' + data.k + ' loss (%)',
        nameLocation: 'middle', nameGap: 26, scale: true},
      yAxis: {type: 'value', name: objective ? objective + '@' + data.k + ' gain (%)' : 'mean gain (%)',
        nameLocation: 'middle', nameGap: 40, scale: true},
      series: series
    };
  }

  function chartSection() {
    var section = el('section', {'aria-labelledby': 'charts-heading'});
    section.appendChild(el('h2', {id: 'charts-heading'}, 'Trade-off: objective gain against satisfaction loss'));
    section.appendChild(el('p', {}, 'Each point is one setting of a method\'s sweep; up and to the left is better. ' +
      'Hover a point for its knobs, gain and SAT loss with their 95 % intervals (the tables below hold the same ' +
      'figures for keyboard and screen-reader use). Settings losing more than ' +
      MAX_LOSS + ' % SAT are left off the charts (they are in the tables)' +
      (offChart.length ? '; so are all of ' + offChart.join(', ') + '.' : '.')));
    var toggles = el('fieldset', {});
    toggles.appendChild(el('legend', {}, 'Methods shown'));
    methods.forEach(function (m, i) {
      var id = 'show-' + i;
      var label = el('label', {'for': id});
      var box = el('input', {type: 'checkbox', id: id, 'data-method': m});
      box.checked = true;
      box.addEventListener('change', function () {
        charts.forEach(function (c) { c.dispatchAction({type: box.checked ? 'legendSelect' : 'legendUnSelect', name: m}); });
      });
      label.appendChild(box);
      var swatch = el('span', {'class': 'swatch ' + line(i), 'aria-hidden': 'true'});
      swatch.style.background = colour(i);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(m));
      toggles.appendChild(label);
    });
    section.appendChild(toggles);
    var grid = el('div', {'class': 'charts'});
    section.appendChild(grid);
    // in the document before the charts are drawn: ECharts sizes itself from its container
    root.appendChild(section);
    var specs = data.objectives.map(function (o) { return {title: o + ': gain vs satisfaction loss', objective: o}; });
    if (data.objectives.length > 1) { specs.push({title: 'all objectives: mean gain vs satisfaction loss', objective: null}); }
    // every figure first, then the charts: each sizes itself from its container once the grid has its columns
    var boxes = specs.map(function (s) {
      var fig = el('figure', {});
      var box = el('div', {'class': 'chart', id: 'chart-' + (s.objective || 'joint'), role: 'img',
        'aria-label': s.title});
      fig.appendChild(box);
      fig.appendChild(el('figcaption', {}, s.objective ? 'x: SAT loss in % against ' + reference + '; y: the ' +
        s.objective + ' count@' + data.k + ' gain in %.' : 'y: the mean of the objectives\' gains in % (each setting ' +
        'where every objective has one).'));
      grid.appendChild(fig);
      return box;
    });
    specs.forEach(function (s, i) {
      var chart = echarts.init(boxes[i], null, {renderer: 'svg'});
      chart.setOption(chartOption(s.title, s.objective));
      chart.on('legendselectchanged', function (e) {
        var toggle = document.querySelector('input[data-method="' + e.name.replace(/"/g, '\\"') + '"]');
        if (toggle) { toggle.checked = !!e.selected[e.name]; }
      });
      charts.push(chart);
    });
  }

  // a table whose column headers sort it (buttons: keyboard operable; aria-sort says the order)
  function sortableTable(caption, columns, rows) {
    var wrap = el('div', {'class': 'table-wrap'});
    var table = el('table', {});
    table.appendChild(el('caption', {}, caption));
    var head = el('thead', {});
    var tr = el('tr', {});
    var body = el('tbody', {});
    columns.forEach(function (c, i) {
      var th = el('th', {scope: 'col', 'class': c.text ? 'text' : ''});
      var b = el('button', {type: 'button'}, c.title);
      if (c.help) { b.setAttribute('title', c.help); }
      b.addEventListener('click', function () { sortBy(i); });
      th.appendChild(b);
      tr.appendChild(th);
    });
    head.appendChild(tr);
    table.appendChild(head);
    table.appendChild(body);
    function fill(ordered) {
      body.textContent = '';
      ordered.forEach(function (r) {
        var row = el('tr', {});
        columns.forEach(function (c, i) {
          var td = el(i === 0 ? 'th' : 'td', i === 0 ? {scope: 'row'} : {'class': c.text ? 'text' : ''});
          var cell = r[i];
          if (cell && typeof cell === 'object') {
            td.appendChild(document.createTextNode(fmt(cell.value, c.digits)));
            td.appendChild(el('span', {'class': 'ci'}, ' [' + fmt(cell.low, c.digits) + ', ' + fmt(cell.high, c.digits) + ']'));
          } else {
            td.textContent = cell === null || cell === undefined ? '–' : String(cell);
          }
          row.appendChild(td);
        });
        body.appendChild(row);
      });
    }
    var state = {column: -1, ascending: true};
    function key(r, i) { var v = r[i]; return v && typeof v === 'object' ? v.value : v; }
    function sortBy(i) {
      state.ascending = state.column === i ? !state.ascending : true;
      state.column = i;
      var dir = state.ascending ? 1 : -1;
      var ordered = rows.slice().sort(function (a, b) {
        var x = key(a, i);
        var y = key(b, i);
        if (x === y) { return 0; }
        if (x === null || x === undefined) { return 1; }
        if (y === null || y === undefined) { return -1; }
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * dir;
      });
      Array.prototype.forEach.call(tr.children, function (th, j) {
        if (j === i) { th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending'); } else { th.removeAttribute('aria-sort'); }
      });
      fill(ordered);
    }
    fill(rows);
    wrap.appendChild(table);
    return wrap;
  }

  function tables() {
    var section = el('section', {'aria-labelledby': 'tables-heading'});
    section.appendChild(el('h2', {id: 'tables-heading'}, 'Every policy'));
    section.appendChild(el('p', {}, 'Select a column header to sort by it (again to reverse). Brackets: 95 % intervals.'));
    var keys = data.metrics.map(function (m) { return m.key; }).filter(function (k) {
      return data.policies.some(function (p) { return p.metrics[k] || p.changePercent[k]; });
    });
    var base = [{title: 'policy', text: true}, {title: 'method', text: true}, {title: 'knob value'}];
    var title = {};
    data.metrics.forEach(function (m) { title[m.key] = m; });
    var changeCols = base.concat(keys.map(function (k) { return {title: 'Δ% ' + title[k].title, help: title[k].meaning}; }));
    var valueCols = base.concat(keys.map(function (k) { return {title: title[k].title, help: title[k].meaning, digits: 4}; }));
    var rowsOf = function (field) {
      return data.policies.map(function (p) {
        return [p.policy, p.method, p.knob ? p.value : null].concat(keys.map(function (k) { return p[field][k] || null; }));
      });
    };
    section.appendChild(el('h3', {}, 'Change against ' + reference + ' (%)'));
    section.appendChild(sortableTable('Δ% = 100 × (policy mean / ' + reference + ' mean − 1)', changeCols, rowsOf('changePercent')));
    section.appendChild(el('h3', {}, 'Values'));
    section.appendChild(sortableTable('Means over the sessions', valueCols, rowsOf('metrics')));
    return section;
  }

  function assumptions() {
    var section = el('section', {'aria-labelledby': 'assumptions-heading'});
    section.appendChild(el('h2', {id: 'assumptions-heading'}, 'Assumptions and how to read the numbers'));
    var list = el('ul', {});
    data.notes.forEach(function (n) { list.appendChild(el('li', {}, n)); });
    section.appendChild(list);
    var dl = el('dl', {});
    data.metrics.forEach(function (m) {
      dl.appendChild(el('dt', {}, m.title + ' (' + m.key + ')'));
      dl.appendChild(el('dd', {}, m.meaning));
    });
    section.appendChild(dl);
    return section;
  }

  chartSection();
  root.appendChild(tables());
  root.appendChild(assumptions());
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-state', 'ready');
}());
