from common import page
from pages1 import HEADER, FOOTER

PAGES = {}

# 10. search results -------------------------------------------------------------------------------------------
results = ['Getting started with dashboards', 'Dashboard permissions explained', 'Export a dashboard to PDF',
           'Sharing dashboards with clients', 'Dashboard filters and variables', 'Embedding dashboards in your app',
           'Scheduling dashboard emails', 'Dashboard performance tips']
def result_items(marked):
    out = []
    for i, t in enumerate(results):
        m = ' data-case="result-%d"' % i if i in marked else ''
        out.append('<li class="result"><a href="/docs/%d" class="result-title"%s>%s</a><p class="snippet">… learn how to %s in a few steps …</p><span class="meta">Docs · updated 2026</span></li>'
                   % (i, m, t, t.lower()))
    return '\n'.join(out)
PAGES['search'] = dict(
v1=page('Search: dashboard', HEADER + """
<main><form role="search" class="search-bar row" action="/search">
  <input type="search" name="q" id="q" value="dashboard" aria-label="Search documentation" data-case="query">
  <button type="submit" class="btn btn-primary" id="search-button" data-case="go">Search</button>
  <button type="button" class="btn link" id="clear-search" data-case="clear">Clear</button></form>
<div class="row" style="align-items:flex-start"><aside class="facets"><h2>Type</h2>
  <label><input type="radio" name="type" value="all" checked data-case="type-all"> All</label>
  <label><input type="radio" name="type" value="docs" data-case="type-docs"> Documentation</label>
  <label><input type="radio" name="type" value="blog" data-case="type-blog"> Blog posts</label></aside>
<section><p class="count">8 results for “dashboard”</p><ol class="results">
""" + result_items({0, 2, 5}) + """
</ol><nav class="pager row" aria-label="Pagination"><a href="?page=1" aria-current="page">1</a><a href="?page=2" data-case="page-2">2</a><a href="?page=3">3</a><a href="?page=2" data-case="next">Next page</a></nav></section></div>
</main>""" + FOOTER),
v2=[('<button type="submit" class="btn btn-primary" id="search-button" data-case="go">Search</button>', '<span class="btn-wrap"><button type="submit" class="btn btn-primary" id="search-button" data-case="go">Search</button></span>')],
v3=[('data-case="go">Search</button>', 'data-case="go" aria-label="Search">🔍</button>'),
    ('<ol class="results">\n', '<ol class="results">\n<li class="result sponsored"><a href="/ads/1" class="result-title">Get started with Dashboards Pro</a><p class="snippet">Sponsored</p></li>\n'),
    ('data-case="next">Next page</a>', 'data-case="next">Next →</a>'),
    ('<label><input type="radio" name="type" value="blog" data-case="type-blog"> Blog posts</label>', '<label><input type="radio" name="type" value="blog" data-case="type-blog"> Articles</label>'),
    ('<button type="button" class="btn link" id="clear-search" data-case="clear">Clear</button>', '')],
v4=[('<a href="?page=2" data-case="page-2">2</a>', '<a href="?page=0">Previous page</a><a href="?page=2" data-case="page-2">2</a>')],
)

# 11. checkout -------------------------------------------------------------------------------------------------
PAGES['checkout'] = dict(
v1=page('Checkout', HEADER + """
<main class="row" style="align-items:flex-start"><form class="checkout card" id="checkout-form">
<h1>Checkout</h1><h2>Shipping address</h2>
  <label for="ship-name">Full name</label><input id="ship-name" name="name" autocomplete="name" data-case="name">
  <label for="ship-street">Street address</label><input id="ship-street" name="street" autocomplete="street-address" data-case="street">
  <label for="ship-city">City</label><input id="ship-city" name="city" data-case="city">
  <label for="ship-zip">Postal code</label><input id="ship-zip" name="zip" data-case="zip">
<h2>Shipping method</h2>
  <label><input type="radio" name="shipping" value="standard" checked data-case="standard"> Standard (3–5 days) · free</label>
  <label><input type="radio" name="shipping" value="express" data-case="express"> Express (1–2 days) · €9.90</label>
<h2>Payment</h2>
  <label for="card-number">Card number</label><input id="card-number" name="card" inputmode="numeric" placeholder="1234 5678 9012 3456" data-case="card">
  <div class="row"><div><label for="card-expiry">Expiry</label><input id="card-expiry" name="expiry" placeholder="MM/YY" data-case="expiry"></div>
  <div><label for="card-cvc">CVC</label><input id="card-cvc" name="cvc" placeholder="123" data-case="cvc"></div></div>
  <div class="row"><input type="checkbox" id="billing-same" checked data-case="billing-same"><label for="billing-same">Billing address same as shipping</label></div>
  <button type="submit" class="btn btn-primary" id="place-order" data-case="place">Place order</button>
  <a href="/cart" id="back-to-cart" data-case="back">Back to cart</a></form>
<aside class="summary card"><h2>Order summary</h2><ul><li>Dune × 1 <span>€9.99</span></li><li>Emma × 2 <span>€15.00</span></li></ul>
  <label for="promo">Promo code</label><div class="row"><input id="promo" name="promo" data-case="promo"><button type="button" class="btn" id="apply-promo" data-case="apply-promo">Apply</button></div>
  <p class="total">Total <b>€24.99</b></p></aside></main>""" + FOOTER),
v2=[('<label for="ship-city">City</label><input id="ship-city" name="city" data-case="city">\n  <label for="ship-zip">Postal code</label><input id="ship-zip" name="zip" data-case="zip">',
     '<div class="row"><div><label for="ship-zip">Postal code</label><input id="ship-zip" name="zip" data-case="zip"></div><div><label for="ship-city">City</label><input id="ship-city" name="city" data-case="city"></div></div>')],
v3=[('data-case="place">Place order</button>', 'data-case="place">Pay €24.99</button>'),
    ('<label for="card-number">Card number</label>', '<label for="card-number">Card details</label>'),
    ('<label><input type="radio" name="shipping" value="express" data-case="express"> Express (1–2 days) · €9.90</label>', '<label><input type="radio" name="shipping" value="express" data-case="express"> Express delivery (next day) · €9.90</label>\n  <label><input type="radio" name="shipping" value="pickup"> Pick up in store · free</label>'),
    ('<button type="button" class="btn" id="apply-promo" data-case="apply-promo">Apply</button>', '<button type="button" class="btn" id="apply-promo" data-case="apply-promo">Redeem</button><button type="button" class="btn" id="remove-promo">Remove</button>'),
    ('<a href="/cart" id="back-to-cart" data-case="back">Back to cart</a>', '')],
v4=[('<label for="ship-street">Street address</label><input id="ship-street" name="street" autocomplete="street-address" data-case="street">', '<label for="ship-street">Address line 1</label><input id="ship-street" name="address1" autocomplete="address-line1" data-case="street">\n  <label for="ship-street2">Address line 2</label><input id="ship-street2" name="address2" autocomplete="address-line2">')],
)

# 12. blog article with comments -------------------------------------------------------------------------------
PAGES['article'] = dict(
v1=page('Why we rewrote our query engine', HEADER + """
<main><article class="post"><header><h1>Why we rewrote our query engine</h1><p class="byline">by <a href="/authors/ada" data-case="author">Ada Lovelace</a> · 8 min read</p>
<div class="share row"><button class="btn share-x" data-case="share-x">Share on X</button><button class="btn share-li" data-case="share-li">Share on LinkedIn</button><button class="btn copy-link" data-case="copy">Copy link</button></div></header>
<p>For three years our engine served every dashboard. Then the data grew tenfold.</p><p>This post explains the new columnar design.</p>
<footer class="row"><button class="btn like" aria-pressed="false" data-case="like">👍 Like (42)</button><button class="btn bookmark" data-case="bookmark">Bookmark</button></footer></article>
<section class="comments"><h2>Comments (3)</h2>
<form id="comment-form"><label for="comment">Add a comment</label><textarea id="comment" name="comment" placeholder="Share your thoughts" data-case="comment"></textarea>
<button type="submit" class="btn btn-primary" data-case="post">Post comment</button></form>
<ul class="comment-list">
<li class="comment"><b>Alan</b><p>Great write-up!</p><button class="btn small reply" data-case="reply-alan">Reply</button> <button class="btn small report">Report</button></li>
<li class="comment"><b>Grace</b><p>How does it handle joins?</p><button class="btn small reply" data-case="reply-grace">Reply</button> <button class="btn small report" data-case="report-grace">Report</button></li>
<li class="comment"><b>Ken</b><p>Benchmarks please.</p><button class="btn small reply">Reply</button> <button class="btn small report">Report</button></li>
</ul><button class="btn" id="more-comments" data-case="more">Load more comments</button></section>
<aside><h2>Related</h2><a href="/blog/columnar" data-case="related">Columnar storage in practice</a></aside>
</main>""" + FOOTER),
v2=[('<button type="submit" class="btn btn-primary" data-case="post">Post comment</button>', '<div class="form-actions"><button type="submit" class="btn btn-primary" data-case="post">Post comment</button></div>')],
v3=[('data-case="post">Post comment</button>', 'data-case="post">Publish comment</button>'),
    ('data-case="like">👍 Like (42)</button>', 'data-case="like">👍 42</button><button class="btn unlike">Unlike</button>'),
    ('<li class="comment"><b>Alan</b>', '<li class="comment"><b>Barbara</b><p>Nice.</p><button class="btn small reply">Reply</button> <button class="btn small report">Report</button></li>\n<li class="comment"><b>Alan</b>'),
    ('<button class="btn share-li" data-case="share-li">Share on LinkedIn</button>', ''),
    ('data-case="more">Load more comments</button>', 'data-case="more">Show older comments</button>')],
v4=[('<button class="btn bookmark" data-case="bookmark">Bookmark</button>', '<button class="btn bookmark" data-case="bookmark" aria-label="Save article">🔖</button>')],
)

# 13. booking calendar -----------------------------------------------------------------------------------------
slots = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30']
def slot_buttons(marked):
    return '\n'.join('<button class="slot" data-time="%s"%s>%s</button>' % (s, ' data-case="slot-%s"' % s.replace(':', '') if s in marked else '', s) for s in slots)
PAGES['booking'] = dict(
v1=page('Book a table · Olive & Thyme', HEADER + """
<main><h1>Book a table</h1><form class="booking card" id="booking-form">
<div class="row"><div><label for="date">Date</label><input type="date" id="date" name="date" value="2026-12-04" data-case="date"></div>
<div><label for="guests">Guests</label><select id="guests" name="guests" data-case="guests"><option>1</option><option selected>2</option><option>3</option><option>4</option><option>5+</option></select></div></div>
<div class="week row"><button type="button" class="btn" id="prev-week" data-case="prev-week">Previous week</button><span>1–7 December</span><button type="button" class="btn" id="next-week" data-case="next-week">Next week</button></div>
<fieldset class="slots"><legend>Available times</legend><div class="grid">
""" + slot_buttons({'09:30', '11:00', '14:30'}) + """
</div></fieldset>
<label for="occasion">Occasion</label><select id="occasion" data-case="occasion"><option>None</option><option>Birthday</option><option>Anniversary</option></select>
<label for="requests">Special requests</label><textarea id="requests" name="requests" data-case="requests"></textarea>
<label for="phone">Phone</label><input id="phone" type="tel" name="phone" data-case="phone">
<button type="submit" class="btn btn-primary" id="book" data-case="book">Book now</button>
<button type="button" class="btn link" id="waitlist" data-case="waitlist">Join the waitlist</button></form></main>""" + FOOTER),
v2=[('<label for="phone">Phone</label><input id="phone" type="tel" name="phone" data-case="phone">', '<div class="field"><label for="phone">Phone</label><input id="phone" type="tel" name="phone" data-case="phone"></div>')],
v3=[('data-case="book">Book now</button>', 'data-case="book">Reserve table</button>'),
    ('data-case="prev-week">Previous week</button>', 'data-case="prev-week">← Earlier</button>'),
    ('data-case="next-week">Next week</button>', 'data-case="next-week">Later →</button>'),
    ('<button class="slot" data-time="09:00">09:00</button>\n', ''),
    ('<button type="button" class="btn link" id="waitlist" data-case="waitlist">Join the waitlist</button>', '<button type="button" class="btn link" id="leave-waitlist">Leave the waitlist</button>'),
    ('<label for="requests">Special requests</label>', '<label for="requests">Notes for the restaurant</label>')],
v4=[('<label for="occasion">Occasion</label><select id="occasion" data-case="occasion"><option>None</option><option>Birthday</option><option>Anniversary</option></select>', ''),
    ('<button class="slot" data-time="14:30" data-case="slot-1430">14:30</button>', '<button class="slot" data-time="14:30" data-case="slot-1430">2:30 PM</button>')],
)
