package org.openpas.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one endpoint: a row by id, as JSON. */
@Path("/greetings")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource {

    @GET
    @Path("{id}")
    public Greeting get(@PathParam("id") long id) {
        Greeting greeting = Greeting.findById(id);
        if (greeting == null) {
            throw new NotFoundException();
        }
        return greeting;
    }
}
