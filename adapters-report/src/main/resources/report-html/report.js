// report.html's page script: draws everything from the inlined report.json with the inlined Apache ECharts.
// Opened from disk, offline: nothing here loads from the network.
(function () {
  'use strict';
  var R = Mostra4jReport;
  var colour = R.colour, line = R.line, symbol = R.symbol, el = R.el, fmt = R.fmt, escapeHtml = R.escapeHtml;
  var MAX_LOSS = R.MAX_LOSS;
  var data = R.data('report-data');
  var root = R.root;
  var charts = [];
  var sat = data.tradeOff.satMetric;

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
    return R.baseOption(title, (data.trueSat ? 'true' : 'predicted') + ' SAT@' + data.k + ' loss (%)',
      objective ? objective + '@' + data.k + ' gain (%)' : 'mean gain (%)', tooltip, series);
  }

  function chartSection() {
    var section = el('section', {'aria-labelledby': 'charts-heading'});
    section.appendChild(el('h2', {id: 'charts-heading'}, 'Trade-off: objective gain against satisfaction loss'));
    section.appendChild(el('p', {}, 'Each point is one setting of a method\'s sweep; up and to the left is better. ' +
      'Hover a point for its knobs, gain and SAT loss with their 95 % intervals (the tables below hold the same ' +
      'figures for keyboard and screen-reader use). Settings losing more than ' +
      MAX_LOSS + ' % SAT are left off the charts (they are in the tables)' +
      (offChart.length ? '; so are all of ' + offChart.join(', ') + '.' : '.')));
    var toggles = R.toggles(methods, 'data-method', charts);
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
    specs.forEach(function (s, i) { R.chart(boxes[i], chartOption(s.title, s.objective), 'data-method', charts); });
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
    section.appendChild(R.sortableTable('Δ% = 100 × (policy mean / ' + reference + ' mean − 1)', changeCols, rowsOf('changePercent')));
    section.appendChild(el('h3', {}, 'Values'));
    section.appendChild(R.sortableTable('Means over the sessions', valueCols, rowsOf('metrics')));
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
  R.done();
}());
