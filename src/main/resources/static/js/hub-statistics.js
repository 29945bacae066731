// Draws the hub statistics bar charts (by origin node, by level, by subject) from the JSON in data-chart.
(function () {
  var data = document.getElementById('hub-chart-data');
  if (!data || typeof echarts === 'undefined') {
    return;
  }
  var chart = JSON.parse(data.dataset.chart);
  var drawn = [];
  function draw(id, series) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var c = echarts.init(el);
    // long names (nodes, many subjects) turn their labels rather than overlap
    var longest = series.names.reduce(function (max, name) { return Math.max(max, name.length); }, 0);
    var rotate = (el.clientWidth - 40) / Math.max(1, series.names.length) < longest * 12 ? 45 : 0;
    c.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 8, bottom: 8, top: 16, containLabel: true },
      xAxis: { type: 'category', data: series.names, axisLabel: { interval: 0, rotate: rotate } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: data.dataset.label, type: 'bar', barMaxWidth: 40, data: series.values }]
    });
    drawn.push(c);
  }
  draw('hub-chart-origins', chart.origins);
  draw('hub-chart-levels', chart.levels);
  draw('hub-chart-subjects', chart.subjects);
  window.addEventListener('resize', function () {
    drawn.forEach(function (c) { c.resize(); });
  });
})();
