package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.shared.DomainException;

/**
 * What the page that sets a quiz sends: the items ticked with their points ({@code points[itemId]}), the classes
 * ticked, and the window as the browser's local date-times, read in Asia/Shanghai.
 */
public class QuizForm {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private String title;
    private String subjectCode;
    private List<Long> itemIds = new ArrayList<>();
    private Map<Long, String> points = new LinkedHashMap<>();
    private List<Long> classIds = new ArrayList<>();
    private String opensAt;
    private String closesAt;
    private String timeLimitMinutes;

    QuizDraft draft() {
        List<QuizDraft.EntryDraft> entries = new ArrayList<>();
        for (Long id : itemIds == null ? List.<Long>of() : itemIds) {
            entries.add(new QuizDraft.EntryDraft(id, number(points.get(id))));
        }
        Integer limit = null;
        if (timeLimitMinutes != null && !timeLimitMinutes.isBlank()) {
            try {
                limit = Integer.valueOf(timeLimitMinutes.trim());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("quiz.limit.range", 1, Quizzes.MAX_LIMIT_MINUTES);
            }
        }
        return new QuizDraft(title, subjectCode, entries, new HashSet<>(classIds == null ? List.of() : classIds),
                instant(opensAt), instant(closesAt), limit);
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("quiz.points.range", Quizzes.MAX_POINTS);
        }
    }

    private static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.trim()).atZone(SHANGHAI).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("quiz.window.invalid");
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public void setSubjectCode(String subjectCode) {
        this.subjectCode = subjectCode;
    }

    public List<Long> getItemIds() {
        return itemIds;
    }

    public void setItemIds(List<Long> itemIds) {
        this.itemIds = itemIds;
    }

    public Map<Long, String> getPoints() {
        return points;
    }

    public void setPoints(Map<Long, String> points) {
        this.points = points;
    }

    public List<Long> getClassIds() {
        return classIds;
    }

    public void setClassIds(List<Long> classIds) {
        this.classIds = classIds;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public String getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(String timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }
}
