/* global document, window */
// Draws every chart on the page: a <div class="chart"> followed by its ECharts option as JSON.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('script.chart-option').forEach(function (el) {
    var box = document.getElementById(el.dataset.for);
    if (!box || !window.echarts) return;
    var chart = window.echarts.init(box);
    chart.setOption(JSON.parse(el.textContent));
    window.addEventListener('resize', function () {
      chart.resize();
    });
  });
});
