// A small W3C WebDriver client for the engines Playwright cannot drive here (Debian's Firefox
// ESR through geckodriver, WebKitGTK through WebKitWebDriver): starts the driver, opens a
// session and speaks the protocol with fetch. Only what the smoke suite needs.
import { spawn } from 'node:child_process';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The engines, by name: how to start the driver and what to ask it for. */
export const engines = {
  firefox: {
    driver: process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`,
    args: (port) => ['--port', String(port), '--host', '127.0.0.1'],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    },
  },
  webkit: {
    driver: '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

export class Session {
  static async start(name) {
    const engine = engines[name];
    const port = await freePort();
    const driver = spawn(engine.driver, engine.args(port), { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    driver.stderr.on('data', (d) => (log += d));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30000;
    for (;;) {
      try {
        const r = await fetch(`${base}/status`);
        if (r.ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`${name} driver did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const s = new Session(base, driver, name);
    const created = await s.send('POST', '/session', { capabilities: { alwaysMatch: engine.capabilities } }, false);
    s.id = created.sessionId;
    return s;
  }

  constructor(base, driver, name) {
    this.base = base;
    this.driver = driver;
    this.name = name;
  }

  async send(method, path, body, inSession = true) {
    const url = this.base + (inSession ? `/session/${this.id}` : '') + path;
    const r = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`${this.name} ${method} ${path}: ${JSON.stringify(json.value).slice(0, 400)}`);
    return json.value;
  }

  async close() {
    try {
      await this.send('DELETE', '');
    } finally {
      this.driver.kill();
    }
  }

  go(url) {
    return this.send('POST', '/url', { url });
  }

  /** Runs `fn` (a function's source) in the page with `args`; elements cross as references. */
  run(fn, ...args) {
    return this.send('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  runAsync(fn, ...args) {
    return this.send('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1))).then(done, (e) => done({ error: String(e) }));`,
      args,
    });
  }

  /** The control a visible label (or an aria-label) names, as the page's users find it. */
  async byLabel(name) {
    const el = await this.run(
      (n) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === n);
        return (label && document.getElementById(label.htmlFor)) || document.querySelector(`[aria-label="${n}"]`);
      },
      name,
    );
    if (!el) throw new Error(`${this.name}: no control labelled “${name}”`);
    return el[ELEMENT];
  }

  async type(name, text) {
    const id = await this.byLabel(name);
    await this.send('POST', `/element/${id}/clear`, {});
    if (text) await this.send('POST', `/element/${id}/value`, { text });
  }

  /** Sets a long text at once (typing 600 KB key by key would take minutes), as a paste does. */
  async paste(name, text) {
    const id = await this.byLabel(name);
    await this.run(
      (el, t) => {
        el.focus();
        el.value = t;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      },
      { [ELEMENT]: id },
      text,
    );
  }

  async choose(name, optionText) {
    const id = await this.byLabel(name);
    await this.run(
      (el, t) => {
        const o = [...el.options].find((x) => x.textContent.trim() === t);
        el.value = o.value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { [ELEMENT]: id },
      optionText,
    );
  }

  async upload(name, file) {
    const id = await this.byLabel(name);
    await this.send('POST', `/element/${id}/value`, { text: file });
  }

  async click(text) {
    const el = await this.run((t) => [...document.querySelectorAll('summary, button')].find((e) => e.textContent.trim() === t), text);
    await this.send('POST', `/element/${el[ELEMENT]}/click`, {});
  }

  /** The text (or a form control's value) of a labelled element, or of a CSS selector. */
  async text(nameOrSelector) {
    return this.run(
      (n) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === n);
        const el =
          (label && document.getElementById(label.htmlFor)) ||
          document.querySelector(`[aria-label="${n}"]`) ||
          (/^[#.\[]/.test(n) || n === '[role=status]' ? document.querySelector(n) : null);
        if (!el) return null;
        return 'value' in el && el.tagName !== 'PROGRESS' && el.tagName !== 'LI' ? el.value : el.textContent;
      },
      nameOrSelector,
    );
  }

  /** Polls `text(name)` until `ok` holds; returns it. */
  async until(name, ok, ms = 15000) {
    const deadline = Date.now() + ms;
    let last;
    for (;;) {
      last = await this.text(name);
      if (last !== null && ok(last)) return last;
      if (Date.now() > deadline) throw new Error(`${this.name}: ${name} is still ${JSON.stringify(last)?.slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
