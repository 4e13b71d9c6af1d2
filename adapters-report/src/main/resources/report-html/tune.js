// A tuning run's page (from the inlined tune.json): the targets, the chosen (or closest) setting with its knobs and
// test figures with intervals, every setting searched drawn on validation per target objective, the policy object.
(function () {
  'use strict';
  var R = Mostra4jReport;
  var el = R.el, fmt = R.fmt, escapeHtml = R.escapeHtml;
  var data = R.data('tune-data');
  var charts = [];
  var objectives = Object.keys(data.targets);
  var maxLoss = data.maxSatLossPercent;
  var sat = (data.sat === 'true' ? 'true' : 'predicted') + ' SAT@' + data.k;
  var chosen = data.chosen;
  var test = chosen.test;
  var SERIES = ['meets every target', 'misses a target', 'chosen (validation)', 'chosen (test)'];

  function gain(figures, o) { var g = figures.gainPercent[o]; return typeof g === 'number' ? g : 0; }
  function feasible(f) {
    return (maxLoss === null || f.satLossPercent <= maxLoss) &&
      objectives.every(function (o) { return gain(f, o) >= data.targets[o]; });
  }

  function tooltip(params) {
    var d = params.data;
    var p = d.point;
    var lines = ['<b>' + escapeHtml(p.method) + '</b> · ' + escapeHtml(params.seriesName)];
    R.knobs(p, data.defaultBeam).forEach(function (k) { lines.push(escapeHtml(k)); });
    if (d.onTest) {
      objectives.forEach(function (o) {
        lines.push('test ' + escapeHtml(o) + ' gain: ' + R.withInterval(test.gainPercent[o], test.gainInterval[o]) +
          ' (target ≥ ' + fmt(data.targets[o], 1) + ' %)');
      });
      lines.push('test SAT loss: ' + R.withInterval(test.satLossPercent, test.satLossInterval));
    } else {
      objectives.forEach(function (o) {
        lines.push('validation ' + escapeHtml(o) + ' gain: ' + fmt(gain(p.validation, o)) + ' % (target ≥ ' +
          fmt(data.targets[o], 1) + ' %)');
      });
      lines.push('validation SAT loss: ' + fmt(p.validation.satLossPercent) + ' %');
    }
    return lines.join('<br>');
  }

  function option(o) {
    var shown = data.searched.filter(function (p) { return p.validation.satLossPercent <= R.MAX_LOSS; });
    var mark = function (p) { return {value: [p.validation.satLossPercent, gain(p.validation, o)], point: p}; };
    var lines = [{yAxis: data.targets[o], name: 'target'}];
    if (maxLoss !== null) { lines.push({xAxis: maxLoss, name: 'SAT-loss limit'}); }
    var series = [
      {name: SERIES[0], type: 'scatter', symbol: 'circle', symbolSize: 7, itemStyle: {color: R.colour(2)},
        data: shown.filter(function (p) { return feasible(p.validation); }).map(mark),
        markLine: {silent: true, symbol: 'none', lineStyle: {color: '#000', type: 'dashed'},
          label: {formatter: '{b}'}, data: lines}},
      {name: SERIES[1], type: 'scatter', symbol: 'triangle', symbolSize: 7, itemStyle: {color: R.colour(1)},
        data: shown.filter(function (p) { return !feasible(p.validation); }).map(mark)},
      {name: SERIES[2], type: 'scatter', symbol: 'diamond', symbolSize: 14,
        itemStyle: {color: '#fff', borderColor: R.colour(0), borderWidth: 2}, data: [mark(chosen)]},
      {name: SERIES[3], type: 'scatter', symbol: 'diamond', symbolSize: 14, itemStyle: {color: R.colour(0)},
        data: [{value: [test.satLossPercent, gain(test, o)], point: chosen, onTest: true}]}
    ];
    return R.baseOption(o + ': settings searched', sat + ' loss (%)', o + '@' + data.k + ' gain (%)', tooltip, series);
  }

  function summary() {
    var columns = [{title: '', text: true}, {title: 'target', text: true}, {title: 'validation'},
      {title: 'test [95 % interval]'}];
    var rows = [['SAT loss', maxLoss === null ? '–' : '≤ ' + fmt(maxLoss) + ' %', chosen.validation.satLossPercent,
      {value: test.satLossPercent, low: test.satLossInterval[0], high: test.satLossInterval[1]}]];
    objectives.forEach(function (o) {
      var t = test.gainInterval[o];
      rows.push([o + ' gain', '≥ ' + fmt(data.targets[o], 1) + ' %', gain(chosen.validation, o),
        t ? {value: test.gainPercent[o], low: t[0], high: t[1]} : null]);
    });
    columns[2].digits = 2;
    return R.sortableTable('The ' + (data.feasible ? 'chosen' : 'closest') + ' setting: validation (where it was ' +
      'chosen) and test figures, in %', columns, rows);
  }

  var section = el('section', {'aria-labelledby': 'tune-heading', id: 'tune'});
  section.appendChild(el('h2', {id: 'tune-heading'}, 'Tuning ' + data.method + ': ' +
    (data.feasible ? 'feasible' : 'infeasible, closest setting shown')));
  section.appendChild(el('p', {}, 'Targets: ' + objectives.map(function (o) {
    return o + ' ≥ ' + fmt(data.targets[o], 1) + ' %';
  }).join(', ') + (maxLoss === null ? '; no SAT-loss limit' : '; SAT loss ≤ ' + fmt(maxLoss) + ' %') + '. ' +
    data.validationSessions + ' validation sessions (setting chosen), ' + data.testSessions + ' disjoint test ' +
    'sessions (95 % intervals, ' + data.replicates + ' replicates, seed ' + data.seed + '). SAT is ' + sat + '.' +
    (data.runId ? ' Stored as evaluation run ' + data.runId + '.' : '')));
  var setting = el('ul', {'class': 'knobs', 'aria-label': 'Knobs of the ' + (data.feasible ? 'chosen' : 'closest') +
    ' setting'});
  R.knobs(chosen, data.defaultBeam).forEach(function (k) { setting.appendChild(el('li', {}, k)); });
  section.appendChild(setting);
  section.appendChild(summary());
  section.appendChild(el('h3', {}, 'Settings searched'));
  section.appendChild(el('p', {}, data.search + '. Each mark is one setting on the validation sessions (hover for ' +
    'its knobs); the diamonds are the chosen setting, hollow on validation and filled on test. Dashed lines: the ' +
    'targets. Settings losing more than ' + R.MAX_LOSS + ' % SAT are left off.'));
  var grid = el('div', {'class': 'charts'});
  section.appendChild(grid);
  R.root.appendChild(section);
  var boxes = objectives.map(function (o) {
    return R.figure(grid, 'tune-' + o, o + ': settings searched', 'x: ' + sat + ' loss in % against SAT-only; y: ' +
      'the ' + o + ' count@' + data.k + ' gain in %.');
  });
  objectives.forEach(function (o, i) { R.chart(boxes[i], option(o), null, charts); });
  // every setting searched, as the chart's hover shows it, for keyboard and screen readers
  var searched = el('details', {});
  searched.appendChild(el('summary', {}, 'Every setting searched (' + data.searched.length + ')'));
  searched.appendChild(R.sortableTable('Validation figures of each setting, in the order evaluated', [
    {title: '#'}, {title: 'setting', text: true}, {title: 'meets the targets', text: true},
    {title: 'SAT loss', digits: 2}].concat(objectives.map(function (o) { return {title: o + ' gain', digits: 2}; })),
  data.searched.map(function (p, i) {
    return [i + 1, R.knobs(p, data.defaultBeam).join(', '), feasible(p.validation) ? 'yes' : 'no',
      p.validation.satLossPercent].concat(objectives.map(function (o) { return gain(p.validation, o); }));
  })));
  section.appendChild(searched);
  section.appendChild(el('h3', {}, 'Policy object'));
  section.appendChild(el('p', {}, 'For sequence --policy FILE and serve --policy NAME=FILE' +
    (data.feasible ? '' : ' (tune --out does not write it: the targets are not met)') + ':'));
  section.appendChild(el('pre', {id: 'policy-json'}, JSON.stringify(chosen.policy, null, 2)));
  if (data.notes.length) {
    section.appendChild(el('h3', {}, 'Notes'));
    var list = el('ul', {});
    data.notes.forEach(function (n) { list.appendChild(el('li', {}, n)); });
    section.appendChild(list);
  }
  R.done();
}());
