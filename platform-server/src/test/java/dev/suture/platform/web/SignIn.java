package dev.suture.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.suture.platform.support.Accounts;

/** Signs a test account in through the dashboard's own form, and waits for its first project's overview. */
final class SignIn {

    private SignIn() {
    }

    static void as(Page page, String base, Accounts.Account who, String projectName) {
        page.navigate(base + "/login");
        page.getByLabel("E-mail").fill(who.email());
        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(projectName)))
                .isVisible();
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    static Page.GetByRoleOptions exactly(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
