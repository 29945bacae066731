// Draws a closure's two line charts (share of students who opened a lesson, share who handed in the day's homework;
// one line per school or class) from the JSON in the first chart's data-chart attribute.
(function () {
  var openedEl = document.getElementById('opened-chart');
  var handedInEl = document.getElementById('handed-in-chart');
  if (!openedEl || !handedInEl || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(openedEl.dataset.chart);
  function draw(el, pick) {
    var chart = echarts.init(el);
    chart.setOption({
      title: { text: el.dataset.title, left: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : Math.round(v * 1000) / 10 + '%'; } },
      legend: { top: 24, type: 'scroll' },
      grid: { left: 8, right: 8, bottom: 8, top: 56, containLabel: true },
      xAxis: { type: 'category', data: data.days },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'line', connectNulls: false, data: pick(s) };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  draw(openedEl, function (s) { return s.opened; });
  draw(handedInEl, function (s) { return s.handedIn; });
})();
