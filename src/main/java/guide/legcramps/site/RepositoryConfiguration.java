package guide.legcramps.site;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The features' Spring Data repositories, as Spring Boot would set them up, with one choice changed:
 * Spring Data reads the JPQL of the {@code @Query} methods with its regular-expression query
 * enhancer instead of its HQL grammar. The queries need nothing from it but the {@code order by} of
 * a page request appended; the grammar cost about half a second of every start-up to load, warm and
 * run (in a JFR profile of a start-up, 11% of the main thread's samples were in it). Hibernate still
 * parses and checks every query when the repositories are created.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "guide.legcramps", bootstrapMode = BootstrapMode.DEFERRED,
		queryEnhancerSelector = PlainJpql.class)
class RepositoryConfiguration {

	@Bean
	EntityManagerFactoryBuilderCustomizer bootstrapInBackground(
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor executor) {
		return (builder) -> builder.setBootstrapExecutor(executor);
	}

}
