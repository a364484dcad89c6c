// Shared by both versions of the pages: the API client and the rules that do not depend on markup.
'use strict';
const Shop = (() => {
  async function call(method, path, params) {
    const options = { method, credentials: 'same-origin' };
    let url = path;
    if (params && method === 'GET') {
      url += '?' + new URLSearchParams(params);
    } else if (params) {
      options.body = new URLSearchParams(params);
    }
    const response = await fetch(url, options);
    return { ok: response.ok, status: response.status, body: await response.json() };
  }

  function money(pence) {
    return '£' + (pence / 100).toFixed(2);
  }

  function year(y) {
    return y < 0 ? `${-y} BC` : String(y);
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  // Only a page of this site may be the target after signing in.
  function safeNext(next) {
    return next && /^[a-z]+\.html(\?[\w=&%.-]*)?$/.test(next) ? next : './';
  }

  // Builds an element; text is always set as text, never parsed as HTML.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
      else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value === true ? '' : value);
    }
    children.flat().forEach(child => node.append(child));
    return node;
  }

  const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  const POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$/;
  const EXPIRY = /^(0[1-9]|1[0-2])\/(\d{2})$/;
  const COUNTRIES = ['United Kingdom', 'Ireland', 'France', 'Germany', 'Netherlands'];

  // The same rules as the server's CheckoutForm, except the card's check digit, which only the server checks.
  function checkoutErrors(v, now = new Date()) {
    const errors = {};
    if (!v.name.trim()) errors.name = 'Enter your full name';
    if (!EMAIL.test(v.email.trim())) errors.email = 'Enter an email address like name@example.com';
    if (!v.address.trim()) errors.address = 'Enter your street address';
    if (!v.city.trim()) errors.city = 'Enter your town or city';
    if (!POSTCODE.test(v.postcode.trim())) errors.postcode = 'Enter a valid postcode';
    if (!COUNTRIES.includes(v.country)) errors.country = 'Choose a country we deliver to';
    if (!/^\d{16}$/.test(v.card.replace(/ /g, ''))) errors.card = 'Enter the 16 digits of your card number';
    const expiry = EXPIRY.exec(v.expiry.trim());
    if (!expiry) {
      errors.expiry = 'Enter the expiry date as MM/YY';
    } else if (2000 + Number(expiry[2]) < now.getFullYear()
        || (2000 + Number(expiry[2]) === now.getFullYear() && Number(expiry[1]) < now.getMonth() + 1)) {
      errors.expiry = 'This card has expired';
    }
    return errors;
  }

  return {
    get: (path, params) => call('GET', path, params),
    post: (path, params) => call('POST', path, params),
    money, year, param, safeNext, el, checkoutErrors, COUNTRIES,
  };
})();
