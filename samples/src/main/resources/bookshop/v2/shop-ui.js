// Version 2 of the bookshop's pages: the redesign. Same API (../common/shop.js), new markup, ids and wording, so
// that tests written against version 1 break here the way tests break after a real redesign.
'use strict';
const byId = id => document.getElementById(id);
const h = Shop.el;

function updatePill(count) {
  byId('basket-count').textContent = String(count);
}

function problem(node, message) {
  node.textContent = message;
  node.hidden = !message;
}

async function drawTopbar() {
  const me = (await Shop.get('/api/me')).body;
  const here = location.pathname.split('/').pop() + location.search;
  const who = me.signedIn
    ? h('div', { class: 'who' },
        h('span', { class: 'hello', text: `Hello, ${me.displayName}` }),
        h('button', { class: 'button button--quiet', type: 'button', text: 'Log out', onclick: logOut }))
    : h('div', { class: 'who' },
        h('a', { class: 'login-link', href: 'login.html?next=' + encodeURIComponent(Shop.safeNext(here)), text: 'Log in' }));
  byId('topbar').replaceChildren(
    h('div', { class: 'logo' }, h('a', { href: './', text: 'Paper Lantern' }), h('small', { text: 'Bookshop' })),
    h('nav', { class: 'site-nav', 'aria-label': 'Site' },
      h('ul', {},
        h('li', {}, h('a', { href: './', text: 'Shop' })),
        h('li', { class: 'basket-item' },
          h('a', { href: 'cart.html', text: 'Basket' }),
          h('span', { class: 'pill-wrap' },
            h('span', { class: 'pill', id: 'basket-count', 'data-testid': 'basket-count', text: String(me.cartCount) }))))),
    who);
  return me;
}

async function logOut() {
  await Shop.post('/api/logout', {});
  location.href = './';
}

async function putInBasket(book, quantity, notice) {
  const result = await Shop.post('/api/cart/add', { id: book.id, quantity });
  if (result.ok) {
    updatePill(result.body.count);
    notice.textContent = `${quantity} × ${book.title} added to your basket.`;
  }
  return result;
}

const views = {
  async catalogue(topbar) {
    const query = Shop.param('q') || '';
    byId('query').value = query;
    await topbar;
    const pick = (await Shop.get('/api/featured')).body;
    byId('staff-pick').replaceChildren(h('div', { class: 'pick-card' },
      h('h3', { class: 'pick-name' }, h('a', { href: 'book.html?id=' + pick.id, text: pick.title })),
      h('div', { class: 'pick-meta', text: pick.author + ' · ' + Shop.money(pick.price) }),
      h('button', { class: 'button button--main', type: 'button', text: 'Add to basket',
        onclick: () => putInBasket(pick, 1, byId('basket-notice')) })));

    const result = (await Shop.get('/api/books', { q: query, page: Shop.param('page') || '1' })).body;
    byId('results-summary').textContent = result.total === 0 ? `Nothing found for “${query}”.`
      : query ? `${result.total} ${result.total === 1 ? 'title matches' : 'titles match'} “${query}”.`
      : `Showing ${result.total} titles`;
    byId('products').replaceChildren(...result.items.map(book =>
      h('li', { class: 'tile', 'data-testid': 'product-tile' },
        h('div', { class: 'tile-price', text: Shop.money(book.price) }),
        h('div', { class: 'tile-body' },
          h('h2', { class: 'tile-name' }, h('a', { href: 'book.html?id=' + book.id, text: book.title })),
          h('span', { class: 'tile-writer', text: book.author })),
        h('button', { class: 'button', type: 'button', 'aria-label': `Put ${book.title} in the basket`,
          text: 'Add to basket', onclick: () => putInBasket(book, 1, byId('basket-notice')) }))));
    const go = (page, text) => page >= 1 && page <= result.pages
      ? h('a', { class: 'page-link', href: '?' + new URLSearchParams(query ? { q: query, page } : { page }), text })
      : h('span', { class: 'page-link off', 'aria-disabled': 'true', text });
    byId('paging').replaceChildren(
      go(result.page - 1, 'Previous page'),
      h('span', { class: 'where', text: `${result.page} / ${result.pages}` }),
      go(result.page + 1, 'Next page'));
  },

  async login() {
    byId('auth').addEventListener('submit', async event => {
      event.preventDefault();
      const username = byId('user').value.trim();
      const password = byId('pass').value;
      if (!username || !password) {
        problem(byId('auth-error'), 'Please fill in your username and password.');
        return;
      }
      const result = await Shop.post('/api/login', { username, password });
      if (result.ok) {
        location.href = Shop.safeNext(Shop.param('next'));
      } else {
        problem(byId('auth-error'), result.body.error);
      }
    });
    byId('auth').querySelector('button[type=submit]').disabled = false;
  },

  async book(topbar) {
    await topbar;
    const result = await Shop.get('/api/book', { id: Shop.param('id') || '' });
    if (!result.ok) {
      byId('missing').hidden = false;
      return;
    }
    const book = result.body;
    document.title = `${book.title} | Paper Lantern`;
    byId('product-name').textContent = book.title;
    byId('writer').textContent = book.author;
    byId('published').textContent = 'first published ' + Shop.year(book.year);
    byId('cost').textContent = Shop.money(book.price);
    byId('blurb').textContent = book.description;
    byId('product').hidden = false;
    byId('buy-form').addEventListener('submit', async event => {
      event.preventDefault();
      const added = await putInBasket(book, Number(byId('qty').value), byId('buy-notice'));
      problem(byId('buy-problem'), added.ok ? '' : added.body.error);
    });
  },

  async cart(topbar) {
    await topbar;
    const draw = basket => {
      updatePill(basket.count);
      byId('basket-empty').hidden = basket.items.length > 0;
      byId('basket').hidden = basket.items.length === 0;
      byId('basket-total').textContent = Shop.money(basket.total);
      byId('basket-lines').replaceChildren(...basket.items.map(line => {
        const amount = h('input', { id: 'amount-' + line.id, type: 'number', min: '0', max: '10',
          value: String(line.quantity) });
        return h('li', { class: 'basket-line', 'data-testid': 'basket-line' },
          h('div', { class: 'line-main' },
            h('a', { href: 'book.html?id=' + line.id, text: line.title }),
            h('span', { class: 'line-each', text: Shop.money(line.price) + ' each' })),
          h('form', { class: 'amount', novalidate: true, onsubmit: event => {
            event.preventDefault();
            setAmount(line.id, Number(amount.value));
          } },
            h('label', { for: 'amount-' + line.id, text: 'Copies' }),
            amount,
            h('button', { class: 'button button--small', type: 'submit', 'aria-label': `Save copies of ${line.title}`,
              text: 'Save' })),
          h('div', { class: 'line-sum', text: Shop.money(line.lineTotal) }),
          h('button', { class: 'button button--quiet', type: 'button', 'aria-label': `Delete ${line.title}`,
            text: '✕', onclick: () => setAmount(line.id, 0) }));
      }));
    };
    const setAmount = async (id, quantity) => {
      const result = await Shop.post('/api/cart/set', { id, quantity });
      problem(byId('basket-problem'), result.ok ? '' : result.body.error);
      if (result.ok) draw(result.body);
    };
    draw((await Shop.get('/api/cart')).body);
  },

  async checkout(topbar) {
    const me = await topbar;
    if (!me.signedIn) {
      location.replace('login.html?next=checkout.html');
      return;
    }
    const basket = (await Shop.get('/api/cart')).body;
    if (basket.items.length === 0) {
      byId('nothing-to-buy').hidden = false;
      return;
    }
    byId('co-layout').hidden = false;
    byId('co-name').value = me.displayName;
    byId('co-country').replaceChildren(h('option', { value: '', text: 'Select…' }),
      ...Shop.COUNTRIES.map(c => h('option', { value: c, text: c })));
    byId('co-lines').replaceChildren(...basket.items.map(line =>
      h('li', { text: `${line.title} (${line.quantity}) ${Shop.money(line.lineTotal)}` })));
    byId('amount-due').textContent = Shop.money(basket.total);

    const fields = ['name', 'email', 'address', 'city', 'postcode', 'country', 'card', 'expiry'];
    const mark = errors => {
      fields.forEach(field => {
        problem(byId(`co-${field}-msg`), errors[field] || '');
        byId('co-' + field).setAttribute('aria-invalid', errors[field] ? 'true' : 'false');
      });
      const list = Object.entries(errors);
      byId('problem-list').replaceChildren(...list.map(([field, message]) =>
        h('li', {}, h('a', { href: '#co-' + field, text: message }))));
      byId('problems').hidden = list.length === 0;
      if (list.length) byId('problems').focus();
    };
    byId('co-form').addEventListener('submit', async event => {
      event.preventDefault();
      const values = Object.fromEntries(fields.map(field => [field, byId('co-' + field).value]));
      const errors = Shop.checkoutErrors(values);
      mark(errors);
      if (Object.keys(errors).length) return;
      byId('pay').disabled = true;
      const result = await Shop.post('/api/orders', values);
      byId('pay').disabled = false;
      if (result.status === 201) {
        location.href = 'order.html?number=' + encodeURIComponent(result.body.number);
      } else if (result.status === 422) {
        mark(result.body.errors);
      } else if (result.status === 401) {
        location.replace('login.html?next=checkout.html');
      } else {
        mark({ form: result.body.error });
      }
    });
  },

  async order(topbar) {
    await topbar;
    const result = await Shop.get('/api/order', { number: Shop.param('number') || '' });
    if (!result.ok) {
      byId('unknown-order').hidden = false;
      return;
    }
    const order = result.body;
    const d = order.delivery;
    byId('reference').textContent = order.number;
    byId('ship-to').textContent = `${d.name}, ${d.address}, ${d.postcode} ${d.city}, ${d.country}`;
    byId('bought').replaceChildren(...order.items.map(line =>
      h('li', { text: `${line.title} (${line.quantity}) ${Shop.money(line.lineTotal)}` })));
    byId('amount-charged').textContent = Shop.money(order.total);
    byId('done').hidden = false;
  },
};

// Forms are wired at once; content appears after the top bar, whose basket count must not overwrite a newer one.
views[document.body.dataset.view](drawTopbar());
