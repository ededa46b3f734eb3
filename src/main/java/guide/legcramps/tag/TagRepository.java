package guide.legcramps.tag;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TagRepository extends JpaRepository<Tag, String> {

	List<Tag> findAllByOrderByTitleAsc();

}
