package vn.ptdv.domain.journal;

/** The headings a helper comments on, in the order the forms list them. */
public enum ReviewHeading {
    /** Nhận thức chính trị. */
    POLITICAL_AWARENESS,
    /** Phẩm chất đạo đức, lối sống. */
    ETHICS_LIFESTYLE,
    /** Hoàn thành công việc, nhiệm vụ. */
    WORK_AND_TASKS,
    /** Quan hệ với quần chúng nơi cư trú. */
    RELATIONS_WHERE_LIVING
}
