package org.openpas.minimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The one entity: a row of the table bench.sh creates. */
@Entity
public class Greeting extends PanacheEntityBase {
    @Id
    public long id;
    public String text;
}
