// Quiz pages: formulas between \( and \) rendered by KaTeX, the item difficulty chart, and the countdown to the
// deadline (the server decides; this only shows the time left).
(function () {
  function renderMath(root) {
    if (typeof renderMathInElement === 'undefined') {
      return;
    }
    root.querySelectorAll('.quiz-math').forEach(function (el) {
      renderMathInElement(el, { delimiters: [{ left: '\\(', right: '\\)', display: false }], throwOnError: false });
    });
  }
  renderMath(document);
  document.addEventListener('htmx:afterSwap', function (event) { renderMath(event.target); });

  var chart = document.getElementById('item-chart');
  if (chart && typeof echarts !== 'undefined' && chart.dataset.names) {
    var c = echarts.init(chart);
    c.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, bottom: 8, top: 24, containLabel: true },
      xAxis: { type: 'category', data: chart.dataset.names.split(',') },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [{ name: chart.dataset.label, type: 'bar', barMaxWidth: 40,
        data: chart.dataset.values.split(',').map(Number) }]
    });
    window.addEventListener('resize', function () { c.resize(); });
  }

  var deadline = document.getElementById('quiz-deadline');
  if (deadline) {
    var left = Number(deadline.dataset.seconds);
    var shown = deadline.textContent;
    var tick = function () {
      var m = Math.floor(left / 60), s = left % 60;
      deadline.textContent = shown + ' (' + m + ':' + (s < 10 ? '0' : '') + s + ')';
      if (left > 0) {
        left--;
        setTimeout(tick, 1000);
      }
    };
    tick();
  }
})();
