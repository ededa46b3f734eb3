package guide.legcramps.page;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SitePageRepository extends JpaRepository<SitePage, String> {

}
