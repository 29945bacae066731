package org.renrentong.classroom.calendar;

import java.util.List;

/**
 * A calendar as its page and the API show it: the owner's own years, whether the reader may change them, and for a
 * school without its own the calendar it inherits from a region.
 *
 * @param inheritedFrom the name of the region whose calendar the school follows, null when none
 */
public record CalendarView(CalendarOwner owner, String ownerName, List<SchoolYear> years, boolean editable,
                           String inheritedFrom, List<SchoolYear> inherited) {

    public CalendarView {
        years = List.copyOf(years);
        inherited = List.copyOf(inherited);
    }
}
