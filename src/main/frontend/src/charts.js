// The HR dashboard's charts. Each chart has a data table beside it (the same numbers), so the
// chart is decoration for those who can see it and the table is the accessible source.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#00466e', '#2e7d32', '#8a4b00', '#a50e0e'];

document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
  const spec = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length] })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, max: 100, ticks: { callback: v => v + ' %' } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
});
document.body.dataset.chartsReady = 'true';
