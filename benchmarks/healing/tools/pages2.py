from common import page
from pages1 import HEADER, FOOTER

PAGES = {}

# 4. navigation menu -------------------------------------------------------------------------------------------
PAGES['navigation'] = dict(
v1=page('Acme · Build faster', """
<header class="site-header"><nav class="main-nav" aria-label="Main">
  <a href="/" class="brand" data-case="brand"><img src="/logo.svg" alt="Acme home" width="80" height="24"></a>
  <ul class="nav-list">
    <li class="nav-item"><button class="nav-toggle" aria-expanded="false" aria-controls="products-menu" data-case="products">Products</button>
      <ul id="products-menu" class="dropdown">
        <li><a href="/products/analytics" data-case="analytics">Analytics</a></li>
        <li><a href="/products/automation" data-case="automation">Automation</a></li>
        <li><a href="/products/storage">Storage</a></li>
      </ul></li>
    <li class="nav-item"><a href="/solutions" data-case="solutions">Solutions</a></li>
    <li class="nav-item"><a href="/pricing" data-case="pricing">Pricing</a></li>
    <li class="nav-item"><a href="/docs" data-case="docs">Documentation</a></li>
    <li class="nav-item"><a href="/blog" data-case="blog">Blog</a></li>
  </ul>
  <div class="nav-actions"><a href="/login" class="btn" id="nav-login" data-case="login">Log in</a>
  <a href="/signup" class="btn btn-primary" id="nav-signup" data-case="signup">Get started</a>
  <button class="icon-button" aria-label="Search" data-case="search-icon">🔍</button>
  <select aria-label="Language" id="lang" data-case="lang"><option>English</option><option>Deutsch</option></select></div>
</nav></header>
<main><section class="hero"><h1>Ship analytics in days, not months</h1><p>Acme gives every team live dashboards.</p>
<a href="/signup" class="btn btn-primary">Start free</a> <a href="/demo" class="btn" data-case="demo">Book a demo</a></section>
<section class="grid">
<div class="card"><h3>Real-time</h3><p>Events in under a second.</p><a href="/features/realtime">Learn more</a></div>
<div class="card"><h3>Secure</h3><p>SOC 2 and GDPR ready.</p><a href="/features/security">Learn more</a></div>
<div class="card"><h3>Open</h3><p>SQL, APIs and exports.</p><a href="/features/open">Learn more</a></div>
<div class="card"><h3>Fast</h3><p>Columnar storage.</p><a href="/features/fast">Learn more</a></div>
</section></main>""" + FOOTER),
v2=[('<div class="nav-actions">', '<div class="nav-actions"><div class="auth">'),
    ('data-case="signup">Get started</a>', 'data-case="signup">Get started</a></div>')],
v3=[('data-case="login">Log in</a>', 'data-case="login">Sign in</a>\n  <a href="/logout" class="btn" id="nav-logout">Log out</a>'),
    ('<li class="nav-item"><a href="/docs" data-case="docs">Documentation</a></li>\n    <li class="nav-item"><a href="/blog" data-case="blog">Blog</a></li>',
     '<li class="nav-item"><a href="/blog" data-case="blog">Blog</a></li>\n    <li class="nav-item"><a href="/docs" data-case="docs">Docs</a></li>'),
    ('<li class="nav-item"><a href="/solutions" data-case="solutions">Solutions</a></li>\n', ''),
    ('data-case="demo">Book a demo</a>', 'data-case="demo">Request a demo</a>'),
    ('<li><a href="/products/storage">Storage</a></li>', '<li><a href="/products/storage">Storage</a></li>\n        <li><a href="/products/automation-classic">Automation (classic)</a></li>')],
v4=[('<button class="icon-button" aria-label="Search" data-case="search-icon">🔍</button>', '<button class="icon-button" aria-label="Open search" title="Search" data-case="search-icon"><svg width="16" height="16"><circle cx="8" cy="8" r="6"/></svg></button>'),
    ('<select aria-label="Language" id="lang" data-case="lang"><option>English</option><option>Deutsch</option></select>', '')],
)

# 5. dashboard -------------------------------------------------------------------------------------------------
PAGES['dashboard'] = dict(
v1=page('Overview · Dashboard', """
<div class="layout row" style="align-items:flex-start">
<aside class="sidebar"><nav aria-label="Sections"><ul class="side-nav">
  <li><a href="/overview" class="active" data-case="overview">Overview</a></li>
  <li><a href="/reports" data-case="reports">Reports</a></li>
  <li><a href="/customers" data-case="customers">Customers</a></li>
  <li><a href="/invoices">Invoices</a></li>
  <li><a href="/settings" data-case="settings">Settings</a></li></ul></nav>
  <button class="collapse" aria-label="Collapse sidebar" data-case="collapse">«</button></aside>
<div class="content"><header class="topbar row"><h1>Overview</h1>
  <select id="range" aria-label="Date range" data-case="range"><option>Last 7 days</option><option>Last 30 days</option><option>This year</option></select>
  <button id="refresh" class="btn" data-case="refresh">Refresh</button>
  <button id="export" class="btn btn-primary" data-case="export">Export report</button>
  <button class="icon-button" aria-label="Notifications" data-case="bell">🔔<span class="count">3</span></button>
  <button class="avatar" aria-label="Account menu" data-case="account">AL</button></header>
<section class="grid kpis">
  <div class="card kpi" data-case="revenue-card"><h2>Revenue</h2><p class="value">$48,210</p><p class="delta up">+12%</p></div>
  <div class="card kpi"><h2>Orders</h2><p class="value">1,204</p><p class="delta up">+4%</p></div>
  <div class="card kpi"><h2>Refunds</h2><p class="value">38</p><p class="delta down">-2%</p></div>
  <div class="card kpi"><h2>Visitors</h2><p class="value">22,918</p><p class="delta up">+9%</p></div>
</section>
<section class="card"><h2>Recent orders</h2><table><thead><tr><th>Order</th><th>Customer</th><th>Total</th><th></th></tr></thead><tbody>
<tr><td>#1042</td><td>Ada L.</td><td>$120.00</td><td><a href="/orders/1042" data-case="order-1042">View</a></td></tr>
<tr><td>#1041</td><td>Alan T.</td><td>$89.50</td><td><a href="/orders/1041">View</a></td></tr>
<tr><td>#1040</td><td>Grace H.</td><td>$240.10</td><td><a href="/orders/1040" data-case="order-1040">View</a></td></tr>
<tr><td>#1039</td><td>Ken T.</td><td>$15.00</td><td><a href="/orders/1039">View</a></td></tr>
</tbody></table><a href="/orders" class="more" data-case="all-orders">See all orders</a></section>
</div></div>"""),
v2=[('<button id="refresh" class="btn" data-case="refresh">Refresh</button>', '<span class="tooltip-wrap"><button id="refresh" class="btn" data-case="refresh">Refresh</button></span>')],
v3=[('data-case="export">Export report</button>', 'data-case="export">Download report</button>'),
    ('<li><a href="/reports" data-case="reports">Reports</a></li>', '<li><a href="/reports" data-case="reports">Analytics</a></li>'),
    ('<button class="collapse" aria-label="Collapse sidebar" data-case="collapse">«</button>', '<button class="collapse" aria-label="Expand sidebar">»</button>'),
    ('<tr><td>#1042</td>', '<tr><td>#1043</td><td>Barbara L.</td><td>$64.00</td><td><a href="/orders/1043">View</a></td></tr>\n<tr><td>#1042</td>'),
    ('<button id="refresh" class="btn" data-case="refresh">Refresh</button>', '<button id="refresh" class="btn" data-case="refresh" title="Reload data">↻ Refresh</button>')],
v4=[('<section class="grid kpis">', '<section class="grid kpis"><div class="card kpi"><h2>Profit</h2><p class="value">$9,120</p><p class="delta up">+3%</p></div>'),
    ('<button class="avatar" aria-label="Account menu" data-case="account">AL</button>', '')],
)

# 6. shop list -------------------------------------------------------------------------------------------------
books = [('Dune', 'Frank Herbert', '9.99'), ('Emma', 'Jane Austen', '7.50'), ('Neuromancer', 'William Gibson', '11.00'),
         ('Beloved', 'Toni Morrison', '12.40'), ('Ulysses', 'James Joyce', '14.00'), ('Solaris', 'Stanisław Lem', '10.20'),
         ('Middlemarch', 'George Eliot', '9.10'), ('Kindred', 'Octavia E. Butler', '8.80')]
def product_cards(marked):
    out = []
    for i, (t, a, p) in enumerate(books):
        slug = t.lower()
        m = (lambda n: ' data-case="%s-%s"' % (slug, n)) if slug in marked else (lambda n: '')
        out.append('<article class="card product" id="p-%d"><img src="/covers/%s.jpg" alt="%s cover"><h3><a href="/books/%s"%s>%s</a></h3><p class="author">%s</p><p class="price">€%s</p>'
                   '<button class="btn add-to-cart" data-sku="BK-%03d"%s>Add to cart</button> <button class="icon-button wish" aria-label="Add %s to wishlist"%s>♡</button></article>'
                   % (i, slug, t, slug, m('title'), t, a, p, i, m('add'), t, m('wish')))
    return '\n'.join(out)
PAGES['shop'] = dict(
v1=page('Books · Paper Lantern', HEADER + """
<main class="row" style="align-items:flex-start">
<aside class="filters"><h2>Filter</h2><fieldset><legend>Category</legend>
  <label><input type="checkbox" name="cat" value="scifi" data-case="scifi"> Science fiction</label>
  <label><input type="checkbox" name="cat" value="classics" data-case="classics"> Classics</label>
  <label><input type="checkbox" name="cat" value="poetry"> Poetry</label></fieldset>
  <label for="max-price">Max price</label><input type="range" id="max-price" min="0" max="50" data-case="max-price">
  <button class="btn" id="apply-filters" data-case="apply">Apply filters</button> <button class="btn link" id="clear-filters" data-case="clear">Clear all</button></aside>
<section><div class="row"><h1>Books</h1><label for="sort">Sort by</label><select id="sort" data-case="sort"><option>Relevance</option><option>Price: low to high</option><option>Price: high to low</option></select>
<a href="/cart" class="cart-link" id="cart" data-case="cart">Cart (2)</a></div>
<div class="grid">
""" + product_cards({'dune', 'neuromancer', 'kindred'}) + """
</div><button class="btn" id="load-more" data-case="more">Load more books</button></section></main>""" + FOOTER),
v2=[('<button class="btn" id="apply-filters" data-case="apply">Apply filters</button>', '<div class="filter-actions"><button class="btn" id="apply-filters" data-case="apply">Apply filters</button></div>')],
v3=[('<div class="grid">\n', '<div class="grid">\n<article class="card product promo"><img src="/covers/dune-deluxe.jpg" alt="Dune (Deluxe edition) cover"><h3><a href="/books/dune-deluxe">Dune (Deluxe edition)</a></h3><p class="author">Frank Herbert</p><p class="price">€24.99</p><button class="btn add-to-cart" data-sku="BK-900">Add to cart</button></article>\n'),
    ('data-case="more">Load more books</button>', 'data-case="more">Show more</button>'),
    ('<label><input type="checkbox" name="cat" value="classics" data-case="classics"> Classics</label>', '<label><input type="checkbox" name="cat" value="classics" data-case="classics"> Classic literature</label>'),
    ('data-case="cart">Cart (2)</a>', 'data-case="cart">🛒 2 items</a>'),
    ('<button class="btn link" id="clear-filters" data-case="clear">Clear all</button>', '<button class="btn link" id="clear-filters" data-case="clear">Reset filters</button>')],
v4=[('<label for="max-price">Max price</label><input type="range" id="max-price" min="0" max="50" data-case="max-price">', '<label for="max-price">Price up to</label><input type="number" id="max-price" min="0" max="50" data-case="max-price">'),
    ('<label><input type="checkbox" name="cat" value="scifi" data-case="scifi"> Science fiction</label>', '')],
)
