package dev.suture.platform.access;

import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Accounts.Account;
import dev.suture.platform.support.Api;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixture of the route-enumerating RBAC test, built through the API. Organisation A has one user per
 * organisation role and one per project role of its project P (project people are plain MEMBERs or VIEWERs of
 * A); T is the target of member and user routes; N and N2 are users to add. Organisation B, with its own
 * project Q and Q's API key, is the outsider's.
 */
final class RbacWorld {

    final Map<String, Account> users = new LinkedHashMap<>();
    final String orgA;
    final String projectP;
    final String orgB;
    final String projectQ;
    final String keyOfP;
    final String keyOfQ;
    final String spareKeyIdOfP;
    final Account target;
    final Account newcomer;
    final Account orgMemberNotInProject;
    final RbacPart2 part2;

    RbacWorld(Api api) {
        Accounts accounts = new Accounts(api);
        Account ownerA = accounts.register("ownerA");
        orgA = accounts.createOrg(ownerA, "Org A");
        users.put("orgOwner", ownerA);
        for (String role : new String[] {"ADMIN", "MEMBER", "VIEWER"}) {
            Account a = accounts.register("org" + role);
            accounts.addOrgMember(ownerA, orgA, a, role);
            users.put("org" + role.charAt(0) + role.substring(1).toLowerCase(), a);
        }
        projectP = accounts.createProject(ownerA, orgA, "Project P");
        for (String role : new String[] {"OWNER", "ADMIN", "DEVELOPER", "VIEWER"}) {
            Account a = accounts.register("project" + role);
            accounts.addOrgMember(ownerA, orgA, a, role.equals("VIEWER") ? "VIEWER" : "MEMBER");
            accounts.addProjectMember(ownerA, projectP, a, role);
            users.put("project" + role.charAt(0) + role.substring(1).toLowerCase(), a);
        }
        target = accounts.register("target");
        accounts.addOrgMember(ownerA, orgA, target, "MEMBER");
        accounts.addProjectMember(ownerA, projectP, target, "DEVELOPER");
        newcomer = accounts.register("newcomer");
        orgMemberNotInProject = accounts.register("n2");
        accounts.addOrgMember(ownerA, orgA, orgMemberNotInProject, "MEMBER");
        keyOfP = accounts.createApiKey(ownerA, projectP);
        Api.Res spare = api.post("/api/projects/" + projectP + "/api-keys", api.json(Map.of("name", "spare")),
                ownerA.token());
        spareKeyIdOfP = spare.str("id");
        part2 = new RbacPart2(api, ownerA.token(), projectP, keyOfP);

        Account outsider = accounts.register("outsider");
        orgB = accounts.createOrg(outsider, "Org B");
        projectQ = accounts.createProject(outsider, orgB, "Project Q");
        keyOfQ = accounts.createApiKey(outsider, projectQ);
        users.put("outsider", outsider);
    }
}
