package io.billcycle.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;

/**
 * Checks that the mapper interfaces and their XML agree: every abstract mapper method and every statement id a
 * mapper names in a constant has a mapped statement, and every constructor result map of a record lists the record's
 * components in order, by name and type; and no streamed statement (one with a fetch size) maps through a nested
 * result map, which would make MyBatis keep every row. A rename on one side then fails a test instead of a run.
 */
public final class MapperContracts {

    private MapperContracts() {
    }

    /** The mapper interfaces checked, by name, and every problem found. */
    public record Report(List<String> mappers, List<String> problems) {
    }

    public static Report check(Configuration configuration, String packagePrefix) {
        List<String> problems = new ArrayList<>();
        List<String> mappers = new ArrayList<>();
        for (Class<?> mapper : configuration.getMapperRegistry().getMappers()) {
            if (!mapper.getName().startsWith(packagePrefix)) {
                continue;
            }
            mappers.add(mapper.getName());
            for (Method method : mapper.getDeclaredMethods()) {
                if (Modifier.isAbstract(method.getModifiers())
                        && !configuration.hasStatement(mapper.getName() + "." + method.getName(), false)) {
                    problems.add(mapper.getSimpleName() + "." + method.getName() + ": no mapped statement");
                }
            }
            for (Field field : mapper.getDeclaredFields()) {
                if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                    String id = constant(field);
                    if (id.startsWith(mapper.getName() + ".") && !configuration.hasStatement(id, false)) {
                        problems.add(mapper.getSimpleName() + "." + field.getName() + ": names " + id + ", which is not mapped");
                    }
                }
            }
        }
        Set<String> streamed = new HashSet<>();
        for (Object statement : configuration.getMappedStatements()) {
            // the collection also holds short-name aliases and markers for ambiguous names
            if (statement instanceof org.apache.ibatis.mapping.MappedStatement mapped && mapped.getId().startsWith(packagePrefix)
                    && mapped.getFetchSize() != null && streamed.add(mapped.getId())) {
                for (ResultMap map : mapped.getResultMaps()) {
                    // resultOrdered: MyBatis hands over each parent when its id changes and forgets its rows
                    if (map.hasNestedResultMaps() && !mapped.isResultOrdered()) {
                        problems.add(mapped.getId() + ": streamed through the nested result map " + map.getId()
                                + " without resultOrdered, which makes MyBatis keep every row of the result set");
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (ResultMap resultMap : resultMaps(configuration)) {
            if (resultMap.getId().startsWith(packagePrefix) && seen.add(resultMap.getId())
                    && resultMap.getType().isRecord() && !resultMap.getConstructorResultMappings().isEmpty()) {
                problems.addAll(recordProblems(resultMap));
            }
        }
        return new Report(mappers, problems);
    }

    private static List<String> recordProblems(ResultMap resultMap) {
        List<String> problems = new ArrayList<>();
        RecordComponent[] components = resultMap.getType().getRecordComponents();
        List<ResultMapping> args = resultMap.getConstructorResultMappings();
        if (components.length != args.size()) {
            problems.add(resultMap.getId() + ": " + args.size() + " constructor args for " + components.length
                    + " components of " + resultMap.getType().getSimpleName());
            return problems;
        }
        for (int i = 0; i < components.length; i++) {
            ResultMapping arg = args.get(i);
            RecordComponent component = components[i];
            if (arg.getProperty() == null) {
                problems.add(resultMap.getId() + ": arg " + (i + 1) + " has no name; the record has '" + component.getName() + "'");
            } else if (!component.getName().equals(arg.getProperty())) {
                problems.add(resultMap.getId() + ": arg " + (i + 1) + " is '" + arg.getProperty() + "', the record has '"
                        + component.getName() + "'");
            } else if (arg.getJavaType() != component.getType()) {
                problems.add(resultMap.getId() + ": arg '" + arg.getProperty() + "' is " + arg.getJavaType().getName()
                        + ", the record has " + component.getType().getName());
            }
        }
        return problems;
    }

    private static Collection<ResultMap> resultMaps(Configuration configuration) {
        // the registry also holds short-name aliases of every map; values() holds a marker for a short name two
        // mappers share, so the collection is read untyped (a typed stream would cast the marker before the filter)
        Collection<?> values = configuration.getResultMaps();
        return values.stream().filter(ResultMap.class::isInstance).map(ResultMap.class::cast).toList();
    }

    private static String constant(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
