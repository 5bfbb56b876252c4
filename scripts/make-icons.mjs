#!/usr/bin/env node
// Draws the Bounce Lens mark (an envelope with a magnifying lens that shows a return arrow: "a
// bounce, looked into") and renders it to public/icons/icon-{16,32,48,128}.png with the system
// Chromium. Small sizes use a simpler drawing with thicker strokes, so the mark stays readable at
// 16 px (https://developer.chrome.com/docs/webstore/images#icons: 128 px icon, 96 px artwork).
// Run: node scripts/make-icons.mjs

import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const BLUE = '#2563eb';
const BLUE_DARK = '#1e40af';
const INK = '#0f172a';
const RED = '#e11d48';
// A light rim around the dark lens keeps it visible on dark toolbars.
const HALO = '#f8fafc';

// 128-unit canvas with 16 units of clear margin around the 96-unit artwork.
const full = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="10" y="24" width="88" height="64" rx="9" fill="${BLUE}"/>
  <path d="M16 32 L54 61 L92 32" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M16 82 L42 60 M92 82 L70 62" stroke="${BLUE_DARK}" stroke-width="4" stroke-linecap="round"/>
  <path d="M104 100 L118 114" stroke="${HALO}" stroke-width="19" stroke-linecap="round"/>
  <circle cx="84" cy="80" r="27" fill="${HALO}" stroke="${HALO}" stroke-width="14"/>
  <path d="M104 100 L118 114" stroke="${INK}" stroke-width="13" stroke-linecap="round"/>
  <circle cx="84" cy="80" r="27" fill="#fff" stroke="${INK}" stroke-width="8"/>
  <path d="M95 92 V82 a8 8 0 0 0 -8 -8 H76" fill="none" stroke="${RED}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M80 64 L68 74 L80 84 Z" fill="${RED}" stroke="${RED}" stroke-width="3" stroke-linejoin="round"/>
</svg>`;

// For 16 and 32 px: no shadow folds, bolder flap, lens and arrow.
const small = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="18" width="96" height="70" rx="10" fill="${BLUE}"/>
  <path d="M12 28 L52 58 L92 28" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M104 102 L120 118" stroke="${HALO}" stroke-width="26" stroke-linecap="round"/>
  <circle cx="82" cy="80" r="30" fill="${HALO}" stroke="${HALO}" stroke-width="20"/>
  <path d="M104 102 L120 118" stroke="${INK}" stroke-width="18" stroke-linecap="round"/>
  <circle cx="82" cy="80" r="30" fill="#fff" stroke="${INK}" stroke-width="12"/>
  <path d="M94 94 V84 a9 9 0 0 0 -9 -9 H76" fill="none" stroke="${RED}" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M80 60 L62 75 L80 90 Z" fill="${RED}" stroke="${RED}" stroke-width="4" stroke-linejoin="round"/>
</svg>`;

const SIZES = [16, 32, 48, 128];

await mkdir(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    const svg = size <= 32 ? small : full;
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img) => img.decode());
    const path = join(OUT, `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
