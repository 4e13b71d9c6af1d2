// The frontier evaluation's part of the page (from the inlined frontier.json): per objective each method's Pareto
// points on the validation sessions and the setting chosen at each SAT-loss budget re-measured on the test sessions;
// method toggles; the budget table and the joint hypervolume table.
(function () {
  'use strict';
  var R = Mostra4jReport;
  var el = R.el, fmt = R.fmt, escapeHtml = R.escapeHtml;
  var data = R.data('frontier-data');
  var charts = [];
  var methods = data.methods.map(function (m) { return m.method; });
  var budgets = [];
  data.budgets.forEach(function (b) {
    if (budgets.indexOf(b.satLossBudgetPercent) < 0) { budgets.push(b.satLossBudgetPercent); }
  });
  budgets.sort(function (a, b) { return a - b; });
  var sat = (data.sat === 'true' ? 'true' : 'predicted') + ' SAT@' + data.k;

  // the hover text of a setting: method, what the point is, every knob, then its figures (test with intervals)
  function tooltip(params) {
    var d = params.data;
    var p = d.point;
    var o = d.objective;
    var lines = ['<b>' + escapeHtml(p.method) + '</b> · ' + escapeHtml(d.what)];
    R.knobs(p, data.defaultBeam).forEach(function (k) { lines.push(escapeHtml(k)); });
    if (p.test) {
      lines.push('test ' + escapeHtml(o) + ' gain: ' + R.withInterval(p.test.gainPercent[o], p.test.gainInterval[o]));
      lines.push('test SAT loss: ' + R.withInterval(p.test.satLossPercent, p.test.satLossInterval));
    }
    lines.push('validation ' + escapeHtml(o) + ' gain: ' + fmt(p.validation.gainPercent[o]) + ' %, SAT loss: ' +
      fmt(p.validation.satLossPercent) + ' %');
    return lines.join('<br>');
  }

  function gain(figures, o) { var g = figures.gainPercent[o]; return typeof g === 'number' ? g : 0; }

  function option(o) {
    var series = [];
    data.methods.forEach(function (m, i) {
      // the Pareto set as chosen from: validation figures, hollow marks
      var pareto = m.pareto.filter(function (p) { return p.validation.satLossPercent <= R.MAX_LOSS; })
        .map(function (p) {
          return {value: [p.validation.satLossPercent, gain(p.validation, o)], point: p, objective: o,
            what: 'Pareto point (validation)'};
        });
      series.push({name: m.method, type: 'scatter', data: pareto, symbol: R.symbol(i), symbolSize: 7,
        itemStyle: {color: '#fff', borderColor: R.colour(i), borderWidth: 1.5}, emphasis: {focus: 'series'}});
      // the setting chosen at each budget, at its test figures: filled marks joined in budget order
      var chosen = [];
      budgets.forEach(function (b) {
        data.budgets.filter(function (row) { return row.satLossBudgetPercent === b && row.method === m.method; })
          .forEach(function (row) {
            var best = row.best[o];
            if (best && best.point.test) {
              chosen.push({value: [best.point.test.satLossPercent, best.gainPercent], point: best.point, objective: o,
                what: 'chosen within a ' + b + ' % SAT-loss budget (test)'});
            }
          });
      });
      series.push({name: m.method, type: 'line', data: chosen, symbol: R.symbol(i), symbolSize: 11,
        itemStyle: {color: R.colour(i)}, lineStyle: {width: 2, color: R.colour(i), type: R.line(i)},
        emphasis: {focus: 'series'}});
    });
    return R.baseOption(o + ': frontier over every knob', sat + ' loss (%)', o + '@' + data.k + ' gain (%)', tooltip,
      series);
  }

  function hypervolumeTable() {
    var columns = [{title: 'method', text: true}].concat(budgets.map(function (b) {
      return {title: 'within ' + b + ' %', digits: 4, help: 'dominated hypervolume of the test figures of the ' +
        'Pareto points whose validation SAT loss is within ' + b + ' %'};
    }));
    var rows = methods.map(function (m) {
      return [m].concat(budgets.map(function (b) {
        var row = data.budgets.filter(function (r) { return r.satLossBudgetPercent === b && r.method === m; })[0];
        return row ? row.hypervolume : null;
      }));
    });
    return R.sortableTable('Joint hypervolume per SAT-loss budget (units %^' + (1 + data.objectives.length) +
      '; reference point: ' + data.hypervolumeReference + '; larger is better)', columns, rows);
  }

  function budgetTable() {
    var columns = [{title: 'budget %'}, {title: 'method', text: true}];
    data.objectives.forEach(function (o) {
      columns.push({title: o + ' gain (test)'});
      columns.push({title: 'SAT loss (test)'});
      columns.push({title: o + ' setting', text: true});
    });
    var rows = data.budgets.map(function (row) {
      var r = [row.satLossBudgetPercent, row.method];
      data.objectives.forEach(function (o) {
        var best = row.best[o];
        var t = best && best.point.test;
        r.push(best ? {value: best.gainPercent, low: best.interval[0], high: best.interval[1]} : null);
        r.push(t ? {value: t.satLossPercent, low: t.satLossInterval[0], high: t.satLossInterval[1]} : null);
        r.push(best ? R.knobs(best.point, data.defaultBeam).join(', ') : 'none within budget');
      });
      return r;
    });
    return R.sortableTable('The setting chosen per budget and objective (on validation), with its test figures',
      columns, rows);
  }

  // every Pareto point with its knobs and figures: what the charts' hover shows, for keyboard and screen readers
  function paretoTable() {
    var columns = [{title: 'method', text: true}, {title: 'setting', text: true}, {title: 'SAT loss (validation)',
      digits: 2}, {title: 'SAT loss (test)'}];
    data.objectives.forEach(function (o) { columns.push({title: o + ' gain (test)'}); });
    var rows = [];
    data.methods.forEach(function (m) {
      m.pareto.forEach(function (p) {
        var t = p.test;
        var row = [m.method, R.knobs(p, data.defaultBeam).join(', '), p.validation.satLossPercent,
          t ? {value: t.satLossPercent, low: t.satLossInterval[0], high: t.satLossInterval[1]} : null];
        data.objectives.forEach(function (o) {
          var g = t && t.gainInterval[o];
          row.push(g ? {value: t.gainPercent[o], low: g[0], high: g[1]} : null);
        });
        rows.push(row);
      });
    });
    var details = el('details', {});
    details.appendChild(el('summary', {}, 'Every Pareto point (' + rows.length + ')'));
    details.appendChild(R.sortableTable('Each method\'s Pareto points: knobs, validation SAT loss, test figures with ' +
      '95 % intervals', columns, rows));
    return details;
  }

  var section = el('section', {'aria-labelledby': 'frontier-heading', id: 'frontier'});
  section.appendChild(el('h2', {id: 'frontier-heading'}, 'Frontier over every knob'));
  section.appendChild(el('p', {}, 'From the frontier evaluation' + (data.runId ? ' (run ' + data.runId + ')' : '') +
    ' of ' + data.validationSessions + ' validation sessions (settings chosen) and ' + data.testSessions +
    ' disjoint test sessions (figures with 95 % intervals). Hollow marks: each method\'s Pareto points on ' +
    'validation. Filled marks joined by a line: the setting chosen within each SAT-loss budget (' +
    budgets.join(', ') + ' %), at its test figures, so a test loss may exceed its budget. Hover a mark for every ' +
    'knob; settings losing more than ' + R.MAX_LOSS + ' % SAT are left off the charts. SAT is ' + sat + '.'));
  section.appendChild(R.toggles(methods, 'data-frontier-method', charts));
  var grid = el('div', {'class': 'charts'});
  section.appendChild(grid);
  // after the evaluation's charts when there are some, before its tables
  var tables = document.querySelector('section[aria-labelledby="tables-heading"]');
  R.root.insertBefore(section, tables);
  var boxes = data.objectives.map(function (o) {
    return R.figure(grid, 'frontier-' + o, o + ': frontier over every knob', 'x: ' + sat + ' loss in % against ' +
      'SAT-only; y: the ' + o + ' count@' + data.k + ' gain in %.');
  });
  data.objectives.forEach(function (o, i) { R.chart(boxes[i], option(o), 'data-frontier-method', charts); });
  section.appendChild(el('h3', {}, 'Joint hypervolume'));
  section.appendChild(hypervolumeTable());
  section.appendChild(el('h3', {}, 'Chosen per budget'));
  section.appendChild(budgetTable());
  section.appendChild(paretoTable());
  if (data.notes.length) {
    var list = el('ul', {});
    data.notes.forEach(function (n) { list.appendChild(el('li', {}, n)); });
    section.appendChild(list);
  }
  R.done();
}());
