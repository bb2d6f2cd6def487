import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 300)); });
await page.goto('http://127.0.0.1:4183/global-config');
await page.getByRole('button', { name: /^Signed in as / }).waitFor({ timeout: 30000 });
await page.getByRole('button', { name: 'Add Authorization' }).first().click();
const d = page.getByRole('dialog', { name: 'Add Authorization' });
await d.waitFor();
await page.waitForTimeout(1500);
const create = d.getByRole('button', { name: 'Create' });
for (let i = 0; i < 5; i++) { console.log(JSON.stringify(await create.boundingBox()), await d.getByRole('textbox', { name: 'Agency Name' }).inputValue().catch(() => 'n/a')); await page.waitForTimeout(200); }
await page.screenshot({ path: '/tmp/gc/probe.png' });
await browser.close();
