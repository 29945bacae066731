// Draws the space statistics bar chart from the JSON in the chart element's data-chart attribute.
(function () {
  var el = document.getElementById('space-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(el.dataset.chart);
  var chart = echarts.init(el);
  // labels turn when the chart gives each less room than its longest name needs (a phone, or many rows);
  // a character of the 12 px axis font is taken as 12 px wide
  var longest = data.names.reduce(function (max, name) { return Math.max(max, name.length); }, 0);
  function labelRotation() {
    return (el.clientWidth - 40) / Math.max(1, data.names.length) < longest * 12 ? 45 : 0;
  }
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: data.names, axisLabel: { interval: 0, rotate: labelRotation() } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: el.dataset.labelPeople, type: 'bar', barMaxWidth: 40, data: data.people },
      { name: el.dataset.labelOpened, type: 'bar', barMaxWidth: 40, data: data.opened },
      { name: el.dataset.labelActive, type: 'bar', barMaxWidth: 40, data: data.active }
    ]
  });
  window.addEventListener('resize', function () {
    chart.setOption({ xAxis: { axisLabel: { rotate: labelRotation() } } });
    chart.resize();
  });
})();
