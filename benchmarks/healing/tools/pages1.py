from common import page

PAGES = {}

HEADER = """<header><nav class="topnav"><a href="/" class="logo">Acme</a><a href="/products">Products</a><a href="/pricing">Pricing</a><a href="/docs">Docs</a></nav></header>"""
FOOTER = """<footer><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <span>© 2026 Acme Inc.</span></footer>"""

# 1. login -----------------------------------------------------------------------------------------------------
PAGES['login'] = dict(
v1=page('Sign in · Acme', HEADER + """
<main><section class="auth-card card">
  <h1 class="auth-title">Welcome back</h1>
  <p class="muted">Sign in to continue to your workspace.</p>
  <form id="login-form" class="auth-form" action="/session" method="post">
    <label for="email">Email</label>
    <input id="email" name="email" type="email" class="input" placeholder="you@company.com" data-case="email">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" class="input" data-case="password">
    <div class="row"><input id="remember" name="remember" type="checkbox" data-case="remember"><label for="remember">Remember me</label>
    <a href="/forgot" class="link small" data-case="forgot">Forgot password?</a></div>
    <button id="signin" type="submit" class="btn btn-primary" data-case="signin">Log in</button>
  </form>
  <div class="sso"><p>or continue with</p>
    <button class="btn sso-google" type="button" data-case="google">Google</button>
    <button class="btn sso-github" type="button" data-case="github">GitHub</button>
  </div>
  <p class="switch">New to Acme? <a href="/signup" id="signup-link" data-case="signup">Create an account</a></p>
</section></main>""" + FOOTER),
v2=[('<button id="signin" type="submit" class="btn btn-primary" data-case="signin">Log in</button>',
     '<div class="actions"><button id="signin" type="submit" class="btn btn-primary" data-case="signin">Log in</button></div>')],
v3=[('data-case="signin">Log in</button>', 'data-case="signin">Sign in</button>\n    <button type="button" class="btn btn-link" onclick="history.back()">Log out of other sessions</button>'),
    ('<a href="/forgot" class="link small" data-case="forgot">Forgot password?</a>', '<a href="/account/recover" class="link small" data-case="forgot">Forgot your password?</a>'),
    ('<p class="muted">Sign in to continue to your workspace.</p>', '<p class="muted">Sign in to continue to your workspace.</p><div class="banner">New: passkeys are here.</div>'),
    ('<button class="btn sso-github" type="button" data-case="github">GitHub</button>', ''),
    ('placeholder="you@company.com" data-case="email"', 'placeholder="name@work-email.com" data-case="email" autocomplete="username"'),
    ('New to Acme? <a href="/signup" id="signup-link" data-case="signup">Create an account</a>', 'New to Acme? <a href="/signup" id="signup-link" data-case="signup">Sign up for free</a>')],
v4=[('<div class="row"><input id="remember" name="remember" type="checkbox" data-case="remember"><label for="remember">Remember me</label>', '<div class="row">'),
    ('<button class="btn sso-google" type="button" data-case="google">Google</button>', '<button class="btn sso-google" type="button" data-case="google"><img src="/g.svg" alt=""> Continue with Google</button>')],
)

# 2. signup ----------------------------------------------------------------------------------------------------
PAGES['signup'] = dict(
v1=page('Create your account', HEADER + """
<main><div class="signup-wrapper card">
  <h1>Create your account</h1>
  <form id="signup" class="form-grid" action="/users" method="post">
    <label for="first-name">First name</label><input id="first-name" name="firstName" data-case="first">
    <label for="last-name">Last name</label><input id="last-name" name="lastName" data-case="last">
    <label for="work-email">Work email</label><input id="work-email" name="email" type="email" data-case="email">
    <label for="new-password">Password</label><input id="new-password" name="password" type="password" data-case="password">
    <label for="confirm-password">Confirm password</label><input id="confirm-password" name="confirm" type="password" data-case="confirm">
    <label for="country">Country</label>
    <select id="country" name="country" data-case="country"><option>Germany</option><option>France</option><option>United States</option><option>Japan</option></select>
    <label for="company-size">Company size</label>
    <select id="company-size" name="size" data-case="size"><option>1-10</option><option>11-50</option><option>51-200</option><option>200+</option></select>
    <div class="row"><input type="checkbox" id="terms" name="terms" data-case="terms"><label for="terms">I agree to the Terms of Service</label></div>
    <div class="row"><input type="checkbox" id="newsletter" name="newsletter" data-case="newsletter"><label for="newsletter">Send me product news</label></div>
    <button type="submit" class="btn btn-primary" id="create-account" data-case="submit">Create account</button>
    <button type="reset" class="btn" data-case="reset">Clear form</button>
  </form>
  <p>Already have an account? <a href="/login" data-case="login">Log in</a></p>
</div></main>""" + FOOTER),
v2=[('<label for="first-name">First name</label><input id="first-name" name="firstName" data-case="first">',
     '<div class="field"><label for="first-name">First name</label><input id="first-name" name="firstName" data-case="first"></div>'),
    ('<label for="last-name">Last name</label><input id="last-name" name="lastName" data-case="last">',
     '<div class="field"><label for="last-name">Last name</label><input id="last-name" name="lastName" data-case="last"></div>')],
v3=[('<label for="work-email">Work email</label>', '<label for="work-email">Business e-mail address</label>'),
    ('<label for="confirm-password">Confirm password</label><input id="confirm-password" name="confirm" type="password" data-case="confirm">', ''),
    ('data-case="submit">Create account</button>', 'data-case="submit">Start free trial</button>'),
    ('<button type="reset" class="btn" data-case="reset">Clear form</button>', ''),
    ('<label for="country">Country</label>', '<label for="region">Region</label><select id="region" name="region"><option>EU</option><option>US</option></select>\n    <label for="country">Country or territory</label>'),
    ('<label for="newsletter">Send me product news</label>', '<label for="newsletter">Email me product updates</label>')],
v4=[('<label for="first-name">First name</label><input id="first-name" name="firstName" data-case="first">\n    <label for="last-name">Last name</label><input id="last-name" name="lastName" data-case="last">',
     '<label for="full-name">Full name</label><input id="full-name" name="fullName">'),
    ('<label for="company-size">Company size</label>', '<label for="company-size">Team size</label>')],
)

# 3. users table -----------------------------------------------------------------------------------------------
people = [('Ada Lovelace', 'ada@acme.io', 'Admin', 'Active'), ('Alan Turing', 'alan@acme.io', 'Editor', 'Active'),
          ('Grace Hopper', 'grace@acme.io', 'Viewer', 'Invited'), ('Linus Torvalds', 'linus@acme.io', 'Editor', 'Suspended'),
          ('Margaret Hamilton', 'margaret@acme.io', 'Admin', 'Active'), ('Ken Thompson', 'ken@acme.io', 'Viewer', 'Active'),
          ('Barbara Liskov', 'barbara@acme.io', 'Editor', 'Active'), ('Donald Knuth', 'don@acme.io', 'Viewer', 'Invited'),
          ('Frances Allen', 'fran@acme.io', 'Admin', 'Active'), ('Dennis Ritchie', 'dmr@acme.io', 'Editor', 'Active'),
          ('Radia Perlman', 'radia@acme.io', 'Viewer', 'Active'), ('John McCarthy', 'jmc@acme.io', 'Editor', 'Suspended')]
def user_rows(cases):
    out = []
    for i, (n, e, r, s) in enumerate(people):
        k = n.split()[0].lower()
        c = (lambda name: ' data-case="%s-%s"' % (k, name)) if k in cases else (lambda name: '')
        out.append('<tr id="user-%d" class="user-row"><td><input type="checkbox" aria-label="Select %s"></td><td class="name">%s</td><td>%s</td><td><span class="badge role">%s</span></td><td><span class="badge status">%s</span></td>'
                   '<td class="actions"><button class="btn small edit"%s>Edit</button> <button class="btn small danger delete"%s>Delete</button></td></tr>' % (i + 1, n, n, e, r, s, c('edit'), c('delete')))
    return '\n'.join(out)
PAGES['users'] = dict(
v1=page('Users · Admin', HEADER + """
<main><div class="toolbar row"><h1>Users</h1>
  <input type="search" id="user-search" placeholder="Search users" aria-label="Search users" data-case="search">
  <select id="role-filter" aria-label="Filter by role" data-case="role-filter"><option>All roles</option><option>Admin</option><option>Editor</option><option>Viewer</option></select>
  <button class="btn btn-primary" id="add-user" data-case="add">Add user</button>
  <button class="btn" id="export" data-case="export">Export CSV</button></div>
<table class="users"><thead><tr><th></th><th><button class="sort" data-case="sort-name">Name</button></th><th>Email</th><th>Role</th><th>Status</th><th>Actions</th></tr></thead>
<tbody>
""" + user_rows({'grace', 'linus', 'barbara'}) + """
</tbody></table>
<div class="pagination row"><button class="btn" id="prev-page" data-case="prev">Previous</button><span>Page 2 of 9</span><button class="btn" id="next-page" data-case="next">Next</button></div>
</main>""" + FOOTER),
v2=[('<button class="btn" id="export" data-case="export">Export CSV</button>', '<div class="menu"><button class="btn" id="export" data-case="export">Export CSV</button></div>')],
v3=[('<button class="btn btn-primary" id="add-user" data-case="add">Add user</button>', '<button class="btn btn-primary" id="add-user" data-case="add">Invite member</button>'),
    ('<tbody>\n', '<tbody>\n<tr id="user-0" class="user-row"><td><input type="checkbox" aria-label="Select Anita Borg"></td><td class="name">Anita Borg</td><td>anita@acme.io</td><td><span class="badge role">Admin</span></td><td><span class="badge status">Active</span></td><td class="actions"><button class="btn small edit">Edit</button> <button class="btn small danger delete">Delete</button></td></tr>\n'),
    ('data-case="prev">Previous</button>', 'data-case="prev">‹ Prev</button>'),
    ('data-case="next">Next</button>', 'data-case="next">Next ›</button>'),
    ('<button class="btn" id="export" data-case="export">Export CSV</button>', '<button class="btn" id="export" data-case="export">Download CSV</button>')],
v4=[('<tr id="user-4" class="user-row"><td><input type="checkbox" aria-label="Select Linus Torvalds"></td><td class="name">Linus Torvalds</td><td>linus@acme.io</td><td><span class="badge role">Editor</span></td><td><span class="badge status">Suspended</span></td><td class="actions"><button class="btn small edit" data-case="linus-edit">Edit</button> <button class="btn small danger delete" data-case="linus-delete">Delete</button></td></tr>', ''),
    ('<select id="role-filter" aria-label="Filter by role" data-case="role-filter"><option>All roles</option><option>Admin</option><option>Editor</option><option>Viewer</option></select>', '')],
)
