/** Init scripts (context.addInitScript) that make the browser's storage fail as it does in the wild. */

/** Storage forbidden (some privacy modes, blocked cookies): merely reading window.localStorage throws. */
export const THROWING_STORAGE = () => {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  }
};

/** Storage full (or Safari's old private mode): reading works, every write throws. */
export const FULL_STORAGE = () => {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  };
};
