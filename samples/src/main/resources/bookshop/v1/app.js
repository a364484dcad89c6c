// Version 1 of the bookshop's pages. Everything talks to the shared API through Shop (../common/shop.js).
'use strict';
const $ = id => document.getElementById(id);
const el = Shop.el;

function setBadge(count) {
  $('cart-count').textContent = String(count);
}

function showError(node, message) {
  node.textContent = message;
  node.hidden = !message;
}

async function renderHeader() {
  const me = (await Shop.get('/api/me')).body;
  const here = location.pathname.split('/').pop() + location.search;
  const account = me.signedIn
    ? [el('span', { id: 'user-name', text: `Signed in as ${me.displayName}` }),
       el('button', { id: 'sign-out', class: 'btn link', type: 'button', text: 'Sign out', onclick: signOut })]
    : [el('a', { id: 'sign-in-link', href: 'login.html?next=' + encodeURIComponent(Shop.safeNext(here)), text: 'Sign in' })];
  $('site-header').replaceChildren(
    el('a', { class: 'brand', href: './', text: 'Paper Lantern Books' }),
    el('nav', { class: 'main-nav', 'aria-label': 'Main' },
      el('a', { href: './', text: 'Catalogue' }),
      el('a', { class: 'cart-link', href: 'cart.html' }, 'Cart ',
        el('span', { class: 'badge', id: 'cart-count', 'data-testid': 'cart-count', text: String(me.cartCount) })),
      el('span', { class: 'account' }, account)));
  return me;
}

async function signOut() {
  await Shop.post('/api/logout', {});
  location.href = './';
}

async function addToCart(book, quantity, status) {
  const result = await Shop.post('/api/cart/add', { id: book.id, quantity });
  if (result.ok) {
    setBadge(result.body.count);
    status.textContent = quantity === 1
      ? `Added ${book.title} to your cart.` : `Added ${quantity} × ${book.title} to your cart.`;
  }
  return result;
}

const pages = {
  async catalogue(header) {
    const query = Shop.param('q') || '';
    $('search-input').value = query;
    await header;
    const featured = (await Shop.get('/api/featured')).body;
    $('featured').replaceChildren(el('article', { class: 'featured-book' },
      el('h3', {}, el('a', { href: 'book.html?id=' + featured.id, text: featured.title })),
      el('p', { class: 'book-author', text: 'by ' + featured.author }),
      el('p', { class: 'book-price', text: Shop.money(featured.price) }),
      el('button', { class: 'btn primary', type: 'button', text: 'Add to cart',
        onclick: () => addToCart(featured, 1, $('cart-status')) })));

    const result = (await Shop.get('/api/books', { q: query, page: Shop.param('page') || '1' })).body;
    $('result-count').textContent = result.total === 0 ? `No books match “${query}”.`
      : query ? `${result.total} ${result.total === 1 ? 'book' : 'books'} found for “${query}”.`
      : `${result.total} books`;
    $('book-list').replaceChildren(...result.items.map(book =>
      el('li', { class: 'book-card', 'data-testid': 'book-card' },
        el('h3', { class: 'book-title' }, el('a', { href: 'book.html?id=' + book.id, text: book.title })),
        el('p', { class: 'book-author', text: book.author }),
        el('p', { class: 'book-price', text: Shop.money(book.price) }),
        el('button', { class: 'btn', type: 'button', 'aria-label': `Add ${book.title} to cart`, text: 'Add to cart',
          onclick: () => addToCart(book, 1, $('cart-status')) }))));
    const link = (page, text, rel) => page >= 1 && page <= result.pages
      ? el('a', { href: '?' + new URLSearchParams(query ? { q: query, page } : { page }), rel, text })
      : el('span', { class: 'disabled', 'aria-disabled': 'true', text });
    $('pager').replaceChildren(
      link(result.page - 1, 'Previous', 'prev'),
      el('span', { id: 'page-status', text: `Page ${result.page} of ${result.pages}` }),
      link(result.page + 1, 'Next', 'next'));
  },

  async login() {
    $('login-form').addEventListener('submit', async event => {
      event.preventDefault();
      const username = $('username').value.trim();
      const password = $('password').value;
      if (!username || !password) {
        showError($('login-error'), 'Enter your user name and password.');
        return;
      }
      const result = await Shop.post('/api/login', { username, password });
      if (result.ok) {
        location.href = Shop.safeNext(Shop.param('next'));
      } else {
        showError($('login-error'), result.body.error);
      }
    });
    // The button stays disabled until the form is wired: a click before that would submit the password natively.
    $('login-form').querySelector('button[type=submit]').disabled = false;
  },

  async book(header) {
    await header;
    const result = await Shop.get('/api/book', { id: Shop.param('id') || '' });
    if (!result.ok) {
      $('not-found').hidden = false;
      return;
    }
    const book = result.body;
    document.title = `${book.title} · Paper Lantern Books`;
    $('crumb-title').textContent = book.title;
    $('book-title').textContent = book.title;
    $('book-author').textContent = book.author;
    $('book-year').textContent = Shop.year(book.year);
    $('book-price').textContent = Shop.money(book.price);
    $('book-description').textContent = book.description;
    $('book-detail').hidden = false;
    $('add-form').addEventListener('submit', async event => {
      event.preventDefault();
      const added = await addToCart(book, Number($('quantity').value), $('add-message'));
      showError($('add-error'), added.ok ? '' : added.body.error);
    });
  },

  async cart(header) {
    await header;
    const render = cart => {
      setBadge(cart.count);
      $('cart-empty').hidden = cart.items.length > 0;
      $('cart-filled').hidden = cart.items.length === 0;
      $('cart-total').textContent = Shop.money(cart.total);
      $('cart-rows').replaceChildren(...cart.items.map(line => {
        const quantity = el('input', { id: 'qty-' + line.id, name: 'quantity', type: 'number', min: '0', max: '10',
          value: String(line.quantity) });
        return el('tr', { 'data-testid': 'cart-line' },
          el('th', { scope: 'row' }, el('a', { href: 'book.html?id=' + line.id, text: line.title })),
          el('td', { text: Shop.money(line.price) }),
          el('td', {}, el('form', { class: 'qty-form', novalidate: true, onsubmit: event => {
            event.preventDefault();
            change(line.id, Number(quantity.value));
          } },
            el('label', { class: 'visually-hidden', for: 'qty-' + line.id, text: `Quantity of ${line.title}` }),
            quantity,
            el('button', { class: 'btn small', type: 'submit', 'aria-label': `Update quantity of ${line.title}`,
              text: 'Update' }))),
          el('td', { class: 'line-total', text: Shop.money(line.lineTotal) }),
          el('td', {}, el('button', { class: 'btn small link', type: 'button', 'aria-label': `Remove ${line.title}`,
            text: 'Remove', onclick: () => change(line.id, 0) })));
      }));
    };
    const change = async (id, quantity) => {
      const result = await Shop.post('/api/cart/set', { id, quantity });
      showError($('cart-error'), result.ok ? '' : result.body.error);
      if (result.ok) render(result.body);
    };
    render((await Shop.get('/api/cart')).body);
  },

  async checkout(header) {
    const me = await header;
    if (!me.signedIn) {
      location.replace('login.html?next=checkout.html');
      return;
    }
    const cart = (await Shop.get('/api/cart')).body;
    if (cart.items.length === 0) {
      $('checkout-empty').hidden = false;
      return;
    }
    $('checkout').hidden = false;
    $('name').value = me.displayName;
    $('country').replaceChildren(el('option', { value: '', text: 'Choose a country' }),
      ...Shop.COUNTRIES.map(c => el('option', { value: c, text: c })));
    $('summary-lines').replaceChildren(...cart.items.map(line =>
      el('li', { text: `${line.quantity} × ${line.title} — ${Shop.money(line.lineTotal)}` })));
    $('checkout-total').textContent = Shop.money(cart.total);

    const fields = ['name', 'email', 'address', 'city', 'postcode', 'country', 'card', 'expiry'];
    const showErrors = errors => {
      fields.forEach(field => {
        showError($(field + '-error'), errors[field] || '');
        $(field).setAttribute('aria-invalid', errors[field] ? 'true' : 'false');
      });
      const messages = Object.entries(errors);
      $('error-list').replaceChildren(...messages.map(([field, message]) =>
        el('li', {}, el('a', { href: '#' + field, text: message }))));
      $('error-summary').hidden = messages.length === 0;
      if (messages.length) $('error-summary').focus();
    };
    $('checkout-form').addEventListener('submit', async event => {
      event.preventDefault();
      const values = Object.fromEntries(fields.map(field => [field, $(field).value]));
      const errors = Shop.checkoutErrors(values);
      showErrors(errors);
      if (Object.keys(errors).length) return;
      $('place-order').disabled = true;
      const result = await Shop.post('/api/orders', values);
      $('place-order').disabled = false;
      if (result.status === 201) {
        location.href = 'order.html?number=' + encodeURIComponent(result.body.number);
      } else if (result.status === 422) {
        showErrors(result.body.errors);
      } else if (result.status === 401) {
        location.replace('login.html?next=checkout.html');
      } else {
        showErrors({ form: result.body.error });
      }
    });
  },

  async order(header) {
    await header;
    const result = await Shop.get('/api/order', { number: Shop.param('number') || '' });
    if (!result.ok) {
      $('order-missing').hidden = false;
      return;
    }
    const order = result.body;
    $('order-number').textContent = order.number;
    const d = order.delivery;
    $('delivery-address').textContent = `${d.name}, ${d.address}, ${d.city} ${d.postcode}, ${d.country}`;
    $('order-lines').replaceChildren(...order.items.map(line =>
      el('li', { text: `${line.quantity} × ${line.title} — ${Shop.money(line.lineTotal)}` })));
    $('order-total').textContent = Shop.money(order.total);
    $('confirmation').hidden = false;
  },
};

// Each page wires its forms at once (a test may fill and submit them as soon as the page has loaded), and shows
// its content only after the header, so that the header's cart badge never overwrites a newer count.
pages[document.body.dataset.page](renderHeader());
