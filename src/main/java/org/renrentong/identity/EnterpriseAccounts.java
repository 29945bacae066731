package org.renrentong.identity;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of enterprises (app providers): a contact person who holds {@link Role#APP_PROVIDER} at the
 * enterprise's organisation. The first one is opened by the enterprise's own registration, with the password it
 * chose; the registering service checks and audits the registration as a whole.
 */
@Service
public class EnterpriseAccounts {

    private final PeopleRepository repository;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final IdentityPolicy policy;
    private final AuditLog audit;

    EnterpriseAccounts(PeopleRepository repository, Passwords passwords, ApplicationEventPublisher events,
                       IdentityPolicy policy, AuditLog audit) {
        this.repository = repository;
        this.passwords = passwords;
        this.events = events;
        this.policy = policy;
        this.audit = audit;
    }

    /** What the contact enters: the minimum to reach them and to sign in. */
    public record Contact(String name, String phone, String password) {
    }

    /** The account opened: the contact's person and the account name they sign in with. */
    public record Opened(long personId, String account) {
    }

    /**
     * Opens the account inside the registration's transaction; the contact signs in with its account name or the
     * phone. Refused (a message key of {@code person.*}) on a bad or taken phone or a weak password.
     *
     * @param node       this node, opening the account for an enterprise registering on its public page
     * @param regionPath where the enterprise is, for the personal space every account gets
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Opened open(Actor node, Contact contact, long organisationId, String regionPath) {
        policy.requireNode(node);
        String name = contact.name() == null ? "" : contact.name().strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("person.name.required");
        }
        if (name.length() > 64) {
            throw DomainException.invalid("person.name.tooLong");
        }
        String phone = PhoneNumber.parse(contact.phone() == null ? "" : contact.phone())
                .orElseThrow(() -> DomainException.invalid("person.phone.invalid"));
        if (repository.byPhone(phone).isPresent()) {
            throw DomainException.conflict("person.phone.taken");
        }
        PasswordPolicy.require(contact.password());
        String account = Accounts.forRole(Role.APP_PROVIDER, null, null);
        long id = repository.insert(account, name, Person.Gender.UNKNOWN, phone, null, null, null, null, null, null,
                passwords.hash(contact.password()));
        repository.passwordChosen(id);
        repository.grantAtOrganisation(id, Role.APP_PROVIDER, organisationId);
        events.publishEvent(new IdentityEvents.PeopleCreated(List.of(
                new IdentityEvents.Newcomer(id, name, null, regionPath))));
        audit.record(node.audited("ENTERPRISE_ACCOUNT_OPENED", "person", id, regionPath, null, account));
        return new Opened(id, account);
    }

    /** The people holding the provider role at the organisation: whom its vetting concerns. */
    public List<Long> holders(long organisationId) {
        return repository.holdersAt(Role.APP_PROVIDER, organisationId);
    }
}
