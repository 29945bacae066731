// Draws the app usage line chart (sign-ins per day, one line per app) from the chart element's data-chart JSON.
(function () {
  var el = document.getElementById('usage-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(el.dataset.chart);
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: data.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map(function (s) {
      return { name: s.name, type: 'line', smooth: false, data: s.signIns };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
