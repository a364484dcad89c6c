from common import page
from pages1 import HEADER, FOOTER

PAGES = {}

# 7. product detail --------------------------------------------------------------------------------------------
PAGES['product'] = dict(
v1=page('Trail Runner 3 · Shop', HEADER + """
<main><nav aria-label="Breadcrumb" class="breadcrumb"><a href="/" data-case="crumb-home">Home</a> / <a href="/shoes" data-case="crumb-shoes">Shoes</a> / <span>Trail Runner 3</span></nav>
<div class="row product-detail" style="align-items:flex-start">
<div class="gallery"><img src="/img/tr3-1.jpg" alt="Trail Runner 3, side view" width="320" height="240" data-case="image">
  <div class="thumbs"><button aria-label="Previous image" data-case="prev-img">‹</button><button aria-label="Next image" data-case="next-img">›</button></div></div>
<div class="buy-box"><h1 class="title">Trail Runner 3</h1><p class="price">€129.00</p>
  <label for="size">Size</label><select id="size" name="size" data-case="size"><option>40</option><option>41</option><option>42</option><option>43</option></select>
  <label for="qty">Quantity</label><div class="stepper row"><button class="btn" aria-label="Decrease quantity" data-case="minus">−</button><input id="qty" name="qty" type="number" value="1" data-case="qty"><button class="btn" aria-label="Increase quantity" data-case="plus">+</button></div>
  <button class="btn btn-primary" id="add-to-cart" data-case="add">Add to cart</button>
  <button class="btn" id="wishlist" data-case="wish">Add to wishlist</button>
  <p class="stock">In stock · ships tomorrow</p></div></div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true" data-case="tab-desc">Description</button><button role="tab" data-case="tab-reviews">Reviews (87)</button><button role="tab" data-case="tab-shipping">Shipping</button></div>
<section class="tab-panel"><p>A light trail shoe with a grippy sole and a roomy toe box.</p></section>
<section><h2>You may also like</h2><div class="grid">
<div class="card"><a href="/p/tr2">Trail Runner 2</a><p>€99.00</p><button class="btn">Add to cart</button></div>
<div class="card"><a href="/p/rd5">Road Dash 5</a><p>€119.00</p><button class="btn">Add to cart</button></div>
<div class="card"><a href="/p/hk1">Hiker One</a><p>€149.00</p><button class="btn">Add to cart</button></div></div></section>
</main>""" + FOOTER),
v2=[('<button class="btn btn-primary" id="add-to-cart" data-case="add">Add to cart</button>\n  <button class="btn" id="wishlist" data-case="wish">Add to wishlist</button>',
     '<div class="cta row"><button class="btn btn-primary" id="add-to-cart" data-case="add">Add to cart</button>\n  <button class="btn" id="wishlist" data-case="wish">Add to wishlist</button></div>')],
v3=[('data-case="add">Add to cart</button>', 'data-case="add">Add to bag</button>'),
    ('data-case="wish">Add to wishlist</button>', 'data-case="wish">♡ Save for later</button>\n  <button class="btn" id="remove-wishlist">Remove from wishlist</button>'),
    ('data-case="tab-reviews">Reviews (87)</button>', 'data-case="tab-reviews">Reviews (91)</button>'),
    ('<label for="size">Size</label>', '<label for="width">Width</label><select id="width"><option>Regular</option><option>Wide</option></select>\n  <label for="size">Size (EU)</label>'),
    ('<button role="tab" data-case="tab-shipping">Shipping</button>', '<button role="tab" data-case="tab-shipping">Shipping &amp; returns</button>')],
v4=[('<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/" data-case="crumb-home">Home</a> / ', '<nav aria-label="Breadcrumb" class="breadcrumb">'),
    ('<button aria-label="Previous image" data-case="prev-img">‹</button>', '<button aria-label="Previous image" data-case="prev-img">‹</button><button aria-label="Zoom image">⤢</button>')],
)

# 8. modal dialog ----------------------------------------------------------------------------------------------
PAGES['modal'] = dict(
v1=page('Danger zone · Settings', HEADER + """
<main><h1>Account</h1>
<section class="card danger-zone"><h2>Danger zone</h2><p>Deleting your account removes all projects.</p>
  <button class="btn danger" id="open-delete" data-case="open">Delete account</button>
  <button class="btn" id="transfer" data-case="transfer">Transfer ownership</button></section>
<dialog open id="confirm-dialog" aria-labelledby="dialog-title" class="modal">
  <h2 id="dialog-title">Delete your account?</h2>
  <p>This cannot be undone. Type <b>DELETE</b> to confirm.</p>
  <label for="confirm-text">Confirmation</label><input id="confirm-text" name="confirm" autocomplete="off" data-case="confirm-input">
  <label class="row"><input type="checkbox" id="understand" data-case="understand"> I understand the consequences</label>
  <div class="modal-actions row"><button class="btn" id="cancel" data-case="cancel">Cancel</button><button class="btn danger" id="confirm-delete" data-case="confirm">Delete account</button></div>
  <button class="close" aria-label="Close dialog" data-case="close">×</button>
</dialog>
<section class="card"><h2>Sessions</h2><ul><li>Firefox on Linux · now <button class="btn small">Revoke</button></li><li>Safari on iPhone · 2 days ago <button class="btn small">Revoke</button></li></ul></section>
</main>""" + FOOTER),
v2=[('<div class="modal-actions row">', '<footer class="modal-footer"><div class="modal-actions row">'),
    ('data-case="confirm">Delete account</button></div>', 'data-case="confirm">Delete account</button></div></footer>')],
v3=[('<div class="modal-actions row"><button class="btn" id="cancel" data-case="cancel">Cancel</button><button class="btn danger" id="confirm-delete" data-case="confirm">Delete account</button></div>',
     '<div class="modal-actions row"><button class="btn danger" id="confirm-delete" data-case="confirm">Yes, delete my account</button><button class="btn" id="cancel" data-case="cancel">Keep my account</button></div>'),
    ('<button class="btn" id="transfer" data-case="transfer">Transfer ownership</button>', ''),
    ('<label class="row"><input type="checkbox" id="understand" data-case="understand"> I understand the consequences</label>', '<label class="row"><input type="checkbox" id="understand" data-case="understand"> I understand that this is permanent</label>'),
    ('<button class="close" aria-label="Close dialog" data-case="close">×</button>', '<button class="close" aria-label="Close" data-case="close">✕</button>')],
v4=[('<label for="confirm-text">Confirmation</label><input id="confirm-text" name="confirm" autocomplete="off" data-case="confirm-input">', '<input id="confirm-text" name="confirm" autocomplete="off" placeholder="Type DELETE" aria-label="Confirmation" data-case="confirm-input">')],
)

# 9. settings --------------------------------------------------------------------------------------------------
PAGES['settings'] = dict(
v1=page('Settings', HEADER + """
<main><h1>Settings</h1>
<div role="tablist" class="tabs"><button role="tab" aria-selected="true" id="tab-profile" data-case="tab-profile">Profile</button><button role="tab" id="tab-security" data-case="tab-security">Security</button><button role="tab" id="tab-notifications" data-case="tab-notifications">Notifications</button><button role="tab" id="tab-billing">Billing</button></div>
<form class="settings-form card" id="profile-form">
  <label for="display-name">Display name</label><input id="display-name" name="displayName" value="Ada" data-case="display-name">
  <label for="bio">Bio</label><textarea id="bio" name="bio" rows="3" data-case="bio">Analyst</textarea>
  <label for="timezone">Time zone</label><select id="timezone" name="tz" data-case="timezone"><option>Europe/Berlin</option><option>UTC</option><option>America/New_York</option></select>
  <div class="row"><input type="checkbox" id="dark-mode" role="switch" data-case="dark"><label for="dark-mode">Dark mode</label></div>
  <div class="row"><input type="checkbox" id="email-digest" role="switch" checked data-case="digest"><label for="email-digest">Weekly email digest</label></div>
  <div class="row"><button type="submit" class="btn btn-primary" id="save" data-case="save">Save changes</button><button type="button" class="btn" id="discard" data-case="discard">Discard</button></div>
</form>
<section class="card"><h2>Password</h2>
  <label for="current-password">Current password</label><input id="current-password" type="password" data-case="current-pw">
  <label for="new-password">New password</label><input id="new-password" type="password" data-case="new-pw">
  <button class="btn" id="change-password" data-case="change-pw">Change password</button>
  <button class="btn" id="enable-2fa" data-case="2fa">Enable two-factor authentication</button></section>
</main>""" + FOOTER),
v2=[('<label for="bio">Bio</label><textarea id="bio" name="bio" rows="3" data-case="bio">Analyst</textarea>', '<div class="field"><label for="bio">Bio</label><textarea id="bio" name="bio" rows="3" data-case="bio">Analyst</textarea></div>')],
v3=[('data-case="save">Save changes</button><button type="button" class="btn" id="discard" data-case="discard">Discard</button>', 'data-case="save">Save</button><button type="button" class="btn" id="discard" data-case="discard">Cancel changes</button>'),
    ('<label for="display-name">Display name</label>', '<label for="display-name">Public name</label>'),
    ('<label for="dark-mode">Dark mode</label>', '<label for="dark-mode">Dark theme</label></div>\n  <div class="row"><input type="checkbox" id="light-mode" role="switch"><label for="light-mode">Light theme</label>'),
    ('<button class="btn" id="enable-2fa" data-case="2fa">Enable two-factor authentication</button>', '<button class="btn" id="enable-2fa" data-case="2fa">Set up 2FA</button>\n  <button class="btn" id="disable-2fa">Disable two-factor authentication</button>'),
    ('<button role="tab" id="tab-notifications" data-case="tab-notifications">Notifications</button>', '')],
v4=[('<label for="timezone">Time zone</label><select id="timezone" name="tz" data-case="timezone">', '<label for="timezone">Timezone</label><select id="timezone" name="timezone" data-case="timezone">'),
    ('<div class="row"><input type="checkbox" id="email-digest" role="switch" checked data-case="digest"><label for="email-digest">Weekly email digest</label></div>', '')],
)
