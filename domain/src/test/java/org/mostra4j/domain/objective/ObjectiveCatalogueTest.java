package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue holds each id once and lists ids in order. */
class ObjectiveCatalogueTest {

    @Test
    void builtInsAreDiscoveryExposureAndBoostInIdOrder() {
        ObjectiveCatalogue c = ObjectiveCatalogue.builtIns();
        assertEquals(List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE), List.copyOf(c.ids()));
        assertTrue(c.find(ObjectiveId.EXPOSURE).orElseThrow() instanceof Exposure);
        assertTrue(c.contains(ObjectiveId.BOOST));
        assertFalse(c.contains(ObjectiveId.of("fresh")));
        assertTrue(c.find(ObjectiveId.of("fresh")).isEmpty());
    }

    @Test
    void duplicateIdsFailNamingTheIdAndBothClasses() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ObjectiveCatalogue.of(List.of(new Discovery(), new Boost(), new Discovery())));
        assertTrue(e.getMessage().contains("'discovery' is registered twice"), e.getMessage());
        assertTrue(e.getMessage().contains(Discovery.class.getName()), e.getMessage());
    }

    @Test
    void anEmptyCatalogueIsAllowed() {
        assertTrue(ObjectiveCatalogue.of(List.of()).ids().isEmpty());
    }
}
