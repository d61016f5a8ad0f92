package org.glimpse.workbench.internal.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StudyQueryTest {

    @Test
    void aNameIsSearchedAsAPrefixAndBlankFieldsAreLeftOut() {
        String q = new StudyQuery("Doe^J", " ", "20240101-20241231", "CT").queryString(50);
        assertEquals("PatientName=Doe%5EJ*&StudyDate=20240101-20241231&ModalitiesInStudy=CT"
                + "&includefield=00081030%2C00080061&limit=50", q);
    }

    @Test
    void aNameWithAWildcardIsSentAsTyped() {
        assertTrue(new StudyQuery("*oe", "", "", "").queryString(1).startsWith("PatientName=*oe&"));
    }

    @Test
    void aDateThatIsNeitherADayNorARangeIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StudyQuery("", "", "2024-01-01", ""));
        assertTrue(e.getMessage().contains("'2024-01-01'"), e.getMessage());
    }
}
