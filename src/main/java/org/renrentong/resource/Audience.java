package org.renrentong.resource;

/** Who a resource is meant for; a resource has one or several. LOM maps them to intendedEndUserRole. */
public enum Audience {
    TEACHER("teacher"), STUDENT("learner"), GUARDIAN("parent");

    private final String lomRole;

    Audience(String lomRole) {
        this.lomRole = lomRole;
    }

    /** The IEEE LOM 5.5 intendedEndUserRole vocabulary value ("parent" is the GB/T 21365 extension). */
    public String lomRole() {
        return lomRole;
    }
}
