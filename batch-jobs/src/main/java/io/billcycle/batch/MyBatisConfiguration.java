package io.billcycle.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.ArrayTypeHandler;
import org.apache.ibatis.type.TypeHandler;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Two session factories over the same mapper XML.
 * <ul>
 * <li>{@code sqlSessionFactory}: Spring-managed transactions; every mapper call joins the chunk's transaction.</li>
 * <li>{@code cursorSqlSessionFactory}: sessions that own a connection with autocommit off. PostgreSQL only streams a
 * result set (honours the fetch size) inside a transaction, so cursor readers use this one; so does the launch lock,
 * which must stay on one connection for the whole run.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "io.billcycle", annotationClass = Mapper.class, sqlSessionTemplateRef = "sqlSessionTemplate")
public class MyBatisConfiguration {

    /** Rows fetched per round trip by streaming reads. */
    public static final int FETCH_SIZE = 1000;

    @Bean
    @Primary
    public SqlSessionFactory sqlSessionFactory(DataSource dataSource) throws Exception {
        return build(dataSource, null);
    }

    @Bean
    @Primary
    public SqlSessionTemplate sqlSessionTemplate(SqlSessionFactory sqlSessionFactory) {
        return new SqlSessionTemplate(sqlSessionFactory);
    }

    @Bean
    public SqlSessionFactory cursorSqlSessionFactory(DataSource dataSource) throws Exception {
        return build(dataSource, new JdbcTransactionFactory());
    }

    /** The same configuration outside any Spring transaction, for a database other than the application's. */
    public static SqlSessionFactory standalone(DataSource dataSource) throws Exception {
        return build(dataSource, new JdbcTransactionFactory());
    }

    private static SqlSessionFactory build(DataSource dataSource, JdbcTransactionFactory transactions) throws Exception {
        SqlSessionFactoryBean bean = new SqlSessionFactoryBean();
        bean.setDataSource(dataSource);
        if (transactions != null) {
            bean.setTransactionFactory(transactions);
        }
        org.apache.ibatis.session.Configuration configuration = new org.apache.ibatis.session.Configuration();
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setDefaultFetchSize(FETCH_SIZE);
        // no session-level result cache: some writes are mapped as selects (UPDATE ... RETURNING), and a repeated call
        // with the same arguments in one transaction must run again, not be answered from the cache
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        registerArrayHandlers(configuration.getTypeHandlerRegistry());
        // every @Mapper interface on the classpath, with the XML at its package path; cursor readers refer to
        // statements by id, so the cursor factory needs them registered up front too
        mapperInterfaces().forEach(configuration::addMapper);
        bean.setConfiguration(configuration);
        return bean.getObject();
    }

    private static List<Class<?>> mapperInterfaces() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Mapper.class));
        ClassLoader loader = MyBatisConfiguration.class.getClassLoader();
        return scanner.findCandidateComponents("io.billcycle").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), loader))
                .toList();
    }

    /** Java arrays bind as SQL arrays, so a whole chunk goes to PostgreSQL as one {@code unnest(...)} statement. */
    private static void registerArrayHandlers(TypeHandlerRegistry registry) {
        for (Class<?> type : new Class<?>[] {Long[].class, Integer[].class, String[].class, BigDecimal[].class, LocalDate[].class,
                Boolean[].class, Double[].class}) {
            register(registry, type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(TypeHandlerRegistry registry, Class<?> arrayType) {
        registry.register((Class) arrayType, (TypeHandler) new ArrayTypeHandler());
    }
}
