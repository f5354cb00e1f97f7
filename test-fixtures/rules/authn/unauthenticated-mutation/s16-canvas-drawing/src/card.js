const { createCanvas } = require('canvas');

const styles = { accent: '#e4572e', ink: '#222222' };

async function renderCard(input) {
  const width = 480;
  const height = 120 + input.lines.length * 28;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');

  ctx.fillStyle = '#fffdf8';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = styles.accent;
  ctx.lineWidth = 2;
  ctx.strokeRect(1, 1, width - 2, height - 2);

  ctx.save();
  ctx.beginPath();
  ctx.arc(width - 40, 40, 16, 0, Math.PI * 2);
  ctx.clip();
  ctx.fillStyle = styles.accent;
  ctx.fill();
  ctx.restore();

  ctx.fillStyle = styles.ink;
  ctx.font = 'bold 24px sans-serif';
  ctx.textBaseline = 'top';
  ctx.fillText(input.title, 24, 24);

  ctx.font = '16px sans-serif';
  input.lines.forEach((line, i) => ctx.fillText(line, 24, 72 + i * 28));
  return canvas.toBuffer('image/png');
}

module.exports = { renderCard, styles };
