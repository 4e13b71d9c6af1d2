package org.mostra4j.canary.reflection.domain;

import java.lang.reflect.Field;

/** Canary: a domain class using java.lang.reflect. */
public final class FieldCopier {
    int count(Object value) {
        Field[] fields = value.getClass().getDeclaredFields();
        return fields.length;
    }
}
