import { describe, expect, it } from 'vitest';
import { internalLinkTarget } from './use-leave-guard';

function clickOn(html: string, init: MouseEventInit = {}): MouseEvent {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-click]') ?? document.body;
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

const ORIGIN = 'http://localhost:3000';

describe('internalLinkTarget', () => {
  it('returns the in-app path of a plain click on a link to another page', () => {
    const e = clickOn('<a href="/iam/users?workspace=0"><span data-click>Users</span></a>');
    expect(internalLinkTarget(e, ORIGIN, '/iam/policies/new')).toBe('/iam/users?workspace=0');
  });

  it('ignores links to the same page, other origins, new tabs, downloads and modified clicks', () => {
    expect(internalLinkTarget(clickOn('<a data-click href="/iam/policies/new">x</a>'), ORIGIN, '/iam/policies/new')).toBeNull();
    expect(internalLinkTarget(clickOn('<a data-click href="https://example.com/">x</a>'), ORIGIN, '/p')).toBeNull();
    expect(internalLinkTarget(clickOn('<a data-click target="_blank" href="/x">x</a>'), ORIGIN, '/p')).toBeNull();
    expect(internalLinkTarget(clickOn('<a data-click download href="/x.json">x</a>'), ORIGIN, '/p')).toBeNull();
    expect(internalLinkTarget(clickOn('<a data-click href="/x">x</a>', { ctrlKey: true }), ORIGIN, '/p')).toBeNull();
    expect(internalLinkTarget(clickOn('<button data-click>x</button>'), ORIGIN, '/p')).toBeNull();
  });
});
